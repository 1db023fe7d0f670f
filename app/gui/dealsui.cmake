# The deals UI part (issue 3): the deal card, the deal list, the board's quick filters, and the deal
# settings pages (pipelines, products, lost reasons).
target_sources(pristriy_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/deals/dealinput.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/dealinput.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/recordpicker.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/recordpicker.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/lineitemseditor.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/lineitemseditor.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/dealcard.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/dealcard.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/dealfilterbar.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/dealfilterbar.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/deallistpage.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/deallistpage.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/pipelinesettings.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/pipelinesettings.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/productsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/productsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/deals/lostreasonsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/deals/lostreasonsettings.h
)
target_include_directories(pristriy_gui PUBLIC ${CMAKE_CURRENT_LIST_DIR}/deals)
# The deal card shows the activities panel when the activity part is in the build.
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/activity.cmake AND EXISTS ${CMAKE_CURRENT_LIST_DIR}/activity/activitypanel.cpp)
    target_compile_definitions(pristriy_gui PRIVATE PRISTRIY_HAVE_ACTIVITY_PANEL)
endif()
