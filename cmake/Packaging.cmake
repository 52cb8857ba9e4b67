# Install rules and the Debian package (`make package` = cpack -G DEB); see docs/packaging.md.
include(GNUInstallDirs)

set(TF_APP_ID "io.github.tokenfactory.Planner")
set(TF_MIME_ICON "application-x-tokenfactory-project")
# The date of the release named by PROJECT_VERSION, stamped into the AppStream metainfo.
# Defaults to today (or SOURCE_DATE_EPOCH, for reproducible builds); set it when tagging a release.
string(TIMESTAMP tf_today "%Y-%m-%d" UTC)
set(TF_RELEASE_DATE "${tf_today}" CACHE STRING "Date of release ${PROJECT_VERSION} (YYYY-MM-DD)")

set(tf_pkg "${PROJECT_SOURCE_DIR}/packaging")
set(tf_pkg_out "${PROJECT_BINARY_DIR}/packaging")

install(TARGETS tokenfactory-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The binaries link only system libraries: no RUNPATH ($ORIGIN/../lib from qt_standard_project_setup).
set_target_properties(tokenfactory-cli PROPERTIES INSTALL_RPATH "")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tokenfactory RENAME copyright)

# Man pages, gzipped as Debian wants them.
set(tf_man_pages tokenfactory-cli)
if(TF_BUILD_GUI)
    list(APPEND tf_man_pages tokenfactory)
endif()
set(tf_generated)
foreach(page ${tf_man_pages})
    set(gz "${tf_pkg_out}/man/${page}.1.gz")
    add_custom_command(OUTPUT "${gz}"
        COMMAND ${CMAKE_COMMAND} -E copy "${tf_pkg}/man/${page}.1" "${tf_pkg_out}/man/${page}.1"
        COMMAND gzip -9nf "${tf_pkg_out}/man/${page}.1"
        DEPENDS "${tf_pkg}/man/${page}.1"
        COMMENT "Compressing the man page ${page}.1" VERBATIM)
    list(APPEND tf_generated "${gz}")
    install(FILES "${gz}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

if(TF_BUILD_GUI)
    install(TARGETS tokenfactory RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set_target_properties(tokenfactory PROPERTIES INSTALL_RPATH "")

    configure_file("${tf_pkg}/${TF_APP_ID}.metainfo.xml.in" "${tf_pkg_out}/${TF_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${tf_pkg}/${TF_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${tf_pkg_out}/${TF_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${tf_pkg}/${TF_APP_ID}.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

    # hicolor icons: the SVGs as they are, PNGs rendered from them at build time (16 px from a
    # variant drawn on the 16 px grid, so it stays sharp).
    set(tf_icon_dir "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
    install(FILES "${tf_pkg}/icons/${TF_APP_ID}.svg" DESTINATION ${tf_icon_dir}/scalable/apps)
    install(FILES "${tf_pkg}/icons/${TF_MIME_ICON}.svg" DESTINATION ${tf_icon_dir}/scalable/mimetypes)
    find_program(TF_RSVG_CONVERT rsvg-convert)
    if(TF_RSVG_CONVERT)
        foreach(icon ${TF_APP_ID}:apps ${TF_MIME_ICON}:mimetypes)
            string(REPLACE ":" ";" icon "${icon}")
            list(GET icon 0 name)
            list(GET icon 1 context)
            foreach(size 16 22 24 32 48 64 128 256 512)
                set(svg "${tf_pkg}/icons/${name}.svg")
                if(size EQUAL 16)
                    set(svg "${tf_pkg}/icons/${name}-16.svg")
                endif()
                set(png "${tf_pkg_out}/icons/${size}x${size}/${context}/${name}.png")
                add_custom_command(OUTPUT "${png}"
                    COMMAND ${CMAKE_COMMAND} -E make_directory "${tf_pkg_out}/icons/${size}x${size}/${context}"
                    COMMAND ${TF_RSVG_CONVERT} -w ${size} -h ${size} -o "${png}" "${svg}"
                    DEPENDS "${svg}" VERBATIM)
                list(APPEND tf_generated "${png}")
                install(FILES "${png}" DESTINATION ${tf_icon_dir}/${size}x${size}/${context})
            endforeach()
        endforeach()
    else()
        message(WARNING "rsvg-convert not found (package librsvg2-bin): the PNG icons are left out of the package")
    endif()
endif()
add_custom_target(tf_packaging_files ALL DEPENDS ${tf_generated})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tokenfactory)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Token Factory Planner authors")
set(CPACK_PACKAGE_CONTACT "The Token Factory Planner authors <tokenfactory-planner@example.org>"
    CACHE STRING "Maintainer of the Debian package")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan AI datacenters as token factories")
set(CPACK_PACKAGE_DESCRIPTION
"Token Factory Planner draws an AI datacenter and its supply chain (foundry
wafers, advanced packaging, HBM, optics, rack integration, grid power) as a
graph and solves it at once: tokens per second, power, cost per million
tokens and the bottleneck, in Balance mode (fixed shares) or Optimise mode
(a linear program with shadow prices).

This package holds the desktop app (tokenfactory) and the command-line
tool (tokenfactory-cli).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps sees linked libraries only. The SVG icon engine and image plugins are loaded at
# run time (they ship in libqt6svg6); the xcb and offscreen platforms ship in libqt6gui6 itself.
# QtSql is not used (project files go through libsqlite3 directly), so no libqt6sql6-sqlite.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
# qt6-translations-l10n: Qt's own dialogs in the user's language; a CJK font for zh_CN, ja, ko.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "hicolor-icon-theme, shared-mime-info, qt6-translations-l10n, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
include(CPack)
