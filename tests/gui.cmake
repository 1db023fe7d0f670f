# Offscreen GUI tests over the pristriy_gui library.
pristriy_add_test(NAME tst_mainwindow SOURCES gui/tst_mainwindow.cpp LIBS pristriy_gui pristriy_designer_widgets)
pristriy_add_test(NAME tst_contactform SOURCES gui/tst_contactform.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_databaseopener SOURCES gui/tst_databaseopener.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_dealboard SOURCES gui/tst_dealboard.cpp LIBS pristriy_gui)
pristriy_add_test(NAME tst_userchooser SOURCES gui/tst_userchooser.cpp LIBS pristriy_gui)
