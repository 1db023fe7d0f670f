# The deals UI part (issue 3): product catalogue, lost reasons, the deal list model.
target_sources(pristriy_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/product.h
    ${CMAKE_CURRENT_LIST_DIR}/productservice.cpp ${CMAKE_CURRENT_LIST_DIR}/productservice.h
    ${CMAKE_CURRENT_LIST_DIR}/dealsearchhits.cpp ${CMAKE_CURRENT_LIST_DIR}/dealsearchhits.h
    ${CMAKE_CURRENT_LIST_DIR}/lostreasonservice.cpp ${CMAKE_CURRENT_LIST_DIR}/lostreasonservice.h
    ${CMAKE_CURRENT_LIST_DIR}/../models/deallistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/../models/deallistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/../models/recorddealsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/../models/recorddealsmodel.h
)
