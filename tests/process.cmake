# Route maps in the database: versions, validation, permissions, events; the editor's database dialogs.
pristriy_add_test(NAME tst_processmapstore SOURCES process/tst_processmapstore.cpp)
pristriy_add_test(NAME tst_processmapeditor SOURCES process/tst_processmapeditor.cpp LIBS pristriy_designer_widgets)
