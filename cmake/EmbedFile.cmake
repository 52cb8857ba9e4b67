# Writes a C++ source defining `std::string_view <SYMBOL>()` that returns the bytes of INPUT.
# Run as: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P EmbedFile.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hexLength)
math(EXPR byteCount "${hexLength} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}"
"// Generated from ${INPUT} by cmake/EmbedFile.cmake. Do not edit.
#include <string_view>
namespace tf::Resources {
static const char data[] = {${bytes} '\\0'};
std::string_view ${SYMBOL}() { return {data, ${byteCount}}; }
}
")
