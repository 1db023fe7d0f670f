# Tasks, calls, notes, sharing and the timeline (issue 3). Included from model/CMakeLists.txt.
target_sources(pristriy_model PRIVATE
    activity/activity.h
    activity/recordaccess.cpp activity/recordaccess.h
    activity/taskservice.cpp activity/taskservice.h
    activity/noteservice.cpp activity/noteservice.h
    activity/callservice.cpp activity/callservice.h
    activity/shareservice.cpp activity/shareservice.h
    activity/timeline.cpp activity/timeline.h
    activity/activitygenerator.cpp activity/activitygenerator.h
    activity/mytasksmodel.cpp activity/mytasksmodel.h
    activity/timelinemodel.cpp activity/timelinemodel.h
)
