# Offscreen GUI tests over the pristriy_gui library.
pristriy_add_test(NAME tst_mainwindow SOURCES gui/tst_mainwindow.cpp LIBS pristriy_gui pristriy_designer_widgets)
pristriy_add_test(NAME tst_contactform SOURCES gui/tst_contactform.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_databaseopener SOURCES gui/tst_databaseopener.cpp LIBS pristriy_gui SQLite::SQLite3)
target_compile_definitions(tst_databaseopener PRIVATE PRISTRIY_GUI_PATH="$<TARGET_FILE:pristriy>")
add_dependencies(tst_databaseopener pristriy)
pristriy_add_test(NAME tst_dealboard SOURCES gui/tst_dealboard.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_userchooser SOURCES gui/tst_userchooser.cpp LIBS pristriy_gui)
# The cards of issue 9: deals on the contact and company cards, the company card, the lists' keyboard path.
pristriy_add_test(NAME tst_recorddeals SOURCES gui/tst_recorddeals.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_companyform SOURCES gui/tst_companyform.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_listkeyboard SOURCES gui/tst_listkeyboard.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_translator SOURCES gui/tst_translator.cpp LIBS pristriy_gui)
# The desktop executable itself, run without a display.
pristriy_add_test(NAME tst_commandline SOURCES gui/tst_commandline.cpp)
target_compile_definitions(tst_commandline PRIVATE PRISTRIY_GUI_PATH="$<TARGET_FILE:pristriy>")
add_dependencies(tst_commandline pristriy)
