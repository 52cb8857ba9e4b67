// SPDX-License-Identifier: MIT
#include "tf/io/defaultdesign.h"

#include "tf/io/designjson.h"
#include "tf/resources.h"

namespace tf {

std::string_view defaultDesignText()
{
    return Resources::defaultDesignJson();
}

Design defaultDesign()
{
    DesignLoad load = readDesignJson(defaultDesignText());
    return load.design ? std::move(*load.design) : Design{};
}

} // namespace tf
