# Warnings are set per target, never globally, so third-party code is not affected.
function(tf_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
endfunction()
