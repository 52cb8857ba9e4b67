// SPDX-License-Identifier: MIT
// libFuzzer target for the project readers. Built twice: TF_FUZZ_TFPROJ reads the input as a
// .tfproj database, otherwise as JSON text. Any outcome is fine except a crash, a hang, a leak or
// a sanitizer report; a loaded project must also be saveable and survive being written and read
// back.
#include "tf/io/projectfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string bytes(reinterpret_cast<const char *>(data), size);
#ifdef TF_FUZZ_TFPROJ
    tf::ProjectLoad load = tf::readProjectBytes(std::move(bytes), "fuzz.tfproj", true);
#else
    tf::ProjectLoad load = tf::readProjectJson(bytes);
#endif
    if (load.project) {
        // What was accepted must be saveable (nothing non-finite, no NUL, valid UTF-8: the reader
        // let nothing in that a file cannot hold) and read back the same from its JSON form.
        if (tf::unwritableValue(tf::projectToJson(*load.project)))
            std::abort();
        const tf::ProjectLoad again = tf::readProjectJson(tf::writeProjectJson(*load.project));
        if (!again.project || !again.project->sameContent(*load.project))
            std::abort();
    } else if (load.messages.empty()) {
        std::abort(); // a refusal must say why
    }
    return 0;
}
