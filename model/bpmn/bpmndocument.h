#pragma once

#include "bpmnxmlnode.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

// A BPMN file in memory: the XML tree (semantic and DI parts together, as in the file) plus an
// index of elements by id. Move-only; the tree is owned here.
class BpmnDocument
{
public:
    BpmnDocument() = default;
    BpmnDocument(BpmnDocument &&) noexcept = default;
    BpmnDocument &operator=(BpmnDocument &&) noexcept = default;
    BpmnDocument(const BpmnDocument &) = delete;
    BpmnDocument &operator=(const BpmnDocument &) = delete;

    BpmnDocument clone() const;

    BpmnXmlNode *root() const { return m_root.get(); }
    void setRoot(std::unique_ptr<BpmnXmlNode> root);
    // True when the root is <definitions> of the BPMN model namespace.
    bool isBpmn() const;

    // Comments and processing instructions around the root element, kept for the round trip.
    std::vector<std::unique_ptr<BpmnXmlNode>> &nodesBeforeRoot() { return m_before; }
    const std::vector<std::unique_ptr<BpmnXmlNode>> &nodesBeforeRoot() const { return m_before; }
    std::vector<std::unique_ptr<BpmnXmlNode>> &nodesAfterRoot() { return m_after; }
    const std::vector<std::unique_ptr<BpmnXmlNode>> &nodesAfterRoot() const { return m_after; }

    bool hasXmlDeclaration() const { return m_hasXmlDeclaration; }
    bool isStandalone() const { return m_standalone; }
    void setXmlDeclaration(bool present, bool standalone);

    // The element that declares this id, among BPMN model and DI elements (extension content is
    // vendor territory and not indexed). With duplicate ids the first one in document order wins.
    BpmnXmlNode *elementById(const QString &id) const { return m_index.value(id); }
    int indexedElementCount() const { return int(m_index.size()); }
    // Call after editing ids or inserting/removing elements.
    void rebuildIndex();

    // Whether this subtree holds vendor content that must be kept but is not interpreted.
    static bool isExtensionContainer(const BpmnXmlNode &node);
    // Whether an element's id takes part in the document's id space.
    static bool isIndexedElement(const BpmnXmlNode &node);

private:
    void indexSubtree(BpmnXmlNode *node);

    std::unique_ptr<BpmnXmlNode> m_root;
    std::vector<std::unique_ptr<BpmnXmlNode>> m_before;
    std::vector<std::unique_ptr<BpmnXmlNode>> m_after;
    QHash<QString, BpmnXmlNode *> m_index;
    bool m_hasXmlDeclaration = true;
    bool m_standalone = false;
};
