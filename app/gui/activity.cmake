# Tasks, calls, notes and the timeline in the GUI (issue 3): the activity panel of record cards, "My tasks"
# and reminders. Included from app/CMakeLists.txt.
target_sources(pristriy_gui PRIVATE
    gui/activity/activitypanel.cpp gui/activity/activitypanel.h
    gui/activity/activitydialogs.cpp gui/activity/activitydialogs.h
    gui/activity/mytaskspage.cpp gui/activity/mytaskspage.h
    gui/activity/reminderwatcher.cpp gui/activity/reminderwatcher.h
    gui/activity/mytasksdock.cpp gui/activity/mytasksdock.h
    gui/activity/sharedialog.cpp gui/activity/sharedialog.h
)
target_include_directories(pristriy_gui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/gui/activity)
