# Route maps stored in the database with their versions (issue 4).
target_sources(pristriy_model PRIVATE
    process/processmapstore.cpp process/processmapstore.h
)
