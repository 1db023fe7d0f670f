#pragma once

#include <QStringView>

// Namespace URIs of BPMN 2.0 interchange files.
namespace BpmnNamespaces {
inline constexpr QStringView model = u"http://www.omg.org/spec/BPMN/20100524/MODEL";
inline constexpr QStringView bpmnDi = u"http://www.omg.org/spec/BPMN/20100524/DI";
inline constexpr QStringView dc = u"http://www.omg.org/spec/DD/20100524/DC";
inline constexpr QStringView di = u"http://www.omg.org/spec/DD/20100524/DI";
inline constexpr QStringView xsi = u"http://www.w3.org/2001/XMLSchema-instance";
inline constexpr QStringView xml = u"http://www.w3.org/XML/1998/namespace";
} // namespace BpmnNamespaces
