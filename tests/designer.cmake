# The BPMN renderer of the process designer and `pristriy-cli bpmn render`.
pristriy_add_test(NAME tst_bpmnrenderer SOURCES designer/tst_bpmnrenderer.cpp LIBS pristriy_designer)
# The CLI cases run the built binary.
add_dependencies(tst_bpmnrenderer pristriy-cli)
# The drawing against the BPMN pictures: names whole and never clipped (every MIWG model), labels
# that keep to their side, the file's label style and colours.
pristriy_add_test(NAME tst_bpmndrawing SOURCES designer/tst_bpmndrawing.cpp designer/bpmnpicturetest.h
                  LIBS pristriy_designer)
# The symbols: data inputs/outputs, collections, the error bolt, markers, call activities,
# association arrowheads, links without an element, message envelopes.
pristriy_add_test(NAME tst_bpmnsymbols SOURCES designer/tst_bpmnsymbols.cpp designer/bpmnpicturetest.h
                  LIBS pristriy_designer)
# Colouring elements from the context pad and the properties panel: both colour forms, one undo step.
pristriy_add_test(NAME tst_coloring SOURCES designer/tst_coloring.cpp LIBS pristriy_designer_widgets)
# The interactive canvas: commands with undo/redo, rules, the scene following the document.
pristriy_add_test(NAME tst_processscene SOURCES designer/tst_processscene.cpp LIBS pristriy_designer_widgets)
# The editor widget driven with mouse events: palette, connect, undo, save.
pristriy_add_test(NAME tst_processeditor SOURCES designer/tst_processeditor.cpp LIBS pristriy_designer_widgets)
# The properties panel: every edit one undo step that restores the XML exactly.
pristriy_add_test(NAME tst_propertiespanel SOURCES designer/tst_propertiespanel.cpp LIBS pristriy_designer_widgets)
# The problems list: checks off the GUI thread, never stale, a click selects the element.
pristriy_add_test(NAME tst_problemspanel SOURCES designer/tst_problemspanel.cpp LIBS pristriy_designer_widgets)
# The shipped route map templates: readable, valid, lossless, drawn.
pristriy_add_test(NAME tst_templates SOURCES designer/tst_templates.cpp LIBS pristriy_designer_widgets)
# Palette drag and drop: an element kind dropped on the canvas is created there.
pristriy_add_test(NAME tst_palettedrop SOURCES designer/tst_palettedrop.cpp LIBS pristriy_designer_widgets)
# The editor's tools and edit actions: clipboard, align/distribute, snap, nudge, lasso, hand, pan,
# keyboard letters, labels in place, export and print.
pristriy_add_test(NAME tst_editortools SOURCES designer/tst_editortools.cpp LIBS pristriy_designer_widgets)
# Grabs of the designer's screens: never blank; saved as designer-*.png with PRISTRIY_SCREENSHOT_DIR.
pristriy_add_test(NAME tst_designerscreenshots SOURCES designer/tst_designerscreenshots.cpp LIBS pristriy_designer_widgets)
# Pools, lanes and sub-processes: creating them, membership of what is dropped or moved into them.
pristriy_add_test(NAME tst_designercontainers SOURCES designer/tst_designercontainers.cpp LIBS pristriy_designer_widgets)
# Flows: reconnecting their ends, the kind of connection (sequence, message, association) by what they join.
pristriy_add_test(NAME tst_flowreconnect SOURCES designer/tst_flowreconnect.cpp LIBS pristriy_designer_widgets)
# The space tool (S), find (Ctrl+F) and the other keyboard letters of BPMN tools.
pristriy_add_test(NAME tst_spacetool SOURCES designer/tst_spacetool.cpp LIBS pristriy_designer_widgets)
# Paste, align and distribute with pools, lanes and sub-processes; lane headers of vertical pools.
pristriy_add_test(NAME tst_containerediting SOURCES designer/tst_containerediting.cpp LIBS pristriy_designer_widgets)
# Names of gateways and events kept off the flows, when placed and when flows change later.
pristriy_add_test(NAME tst_labelplacement SOURCES designer/tst_labelplacement.cpp LIBS pristriy_designer_widgets)
