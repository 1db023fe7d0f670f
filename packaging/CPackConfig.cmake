# Debian package of Pristriy: `cpack -G DEB` in the build folder.
set(CPACK_PACKAGE_NAME "pristriy")
set(CPACK_PACKAGE_VENDOR "Pristriy developers")
set(CPACK_PACKAGE_CONTACT "Pristriy developers <dev@pristriy.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.pristriy.Pristriy.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.pristriy.Pristriy.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/pristriy.svg DESTINATION share/icons/hicolor/scalable/apps
        RENAME org.pristriy.Pristriy.svg)
include(CPack)
