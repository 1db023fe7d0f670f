# The desktop GUI: a static library shared by the pristriy executable and the GUI tests.
qt_add_library(pristriy_gui STATIC
    gui/aboutdialog.cpp gui/aboutdialog.h
    gui/channellisteditor.cpp gui/channellisteditor.h
    gui/companyform.cpp gui/companyform.h
    gui/companylistpage.cpp gui/companylistpage.h
    gui/contactform.cpp gui/contactform.h
    gui/contactlistpage.cpp gui/contactlistpage.h
    gui/customfieldeditors.cpp gui/customfieldeditors.h
    gui/customfielddialog.cpp gui/customfielddialog.h
    gui/databaseopener.cpp gui/databaseopener.h
    gui/dealboardpage.cpp gui/dealboardpage.h
    gui/dealcolumnview.cpp gui/dealcolumnview.h
    gui/demotask.cpp gui/demotask.h
    gui/firststartdialog.cpp gui/firststartdialog.h
    gui/guiutil.cpp gui/guiutil.h
    gui/longtask.cpp gui/longtask.h
    gui/mainwindow.cpp gui/mainwindow.h
    gui/ownerpicker.cpp gui/ownerpicker.h
    gui/recorddealspanel.cpp gui/recorddealspanel.h
    gui/recordtable.cpp gui/recordtable.h
    gui/settingsdialog.cpp gui/settingsdialog.h
    gui/translator.cpp gui/translator.h
    gui/trashpage.cpp gui/trashpage.h
    gui/userchooser.cpp gui/userchooser.h
    gui/usereditdialogs.cpp gui/usereditdialogs.h
    gui/usersdialog.cpp gui/usersdialog.h
)
target_include_directories(pristriy_gui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/gui)
target_link_libraries(pristriy_gui
    PUBLIC pristriy_model Qt6::Widgets
    PRIVATE pristriy_warnings Qt6::Concurrent)
target_link_libraries(pristriy PRIVATE pristriy_gui)
