#pragma once

#include "store/storeerror.h"

#include <QString>

class QSize;
class QWidget;

// Small helpers every view needs.
namespace GuiUtil {

// The person who makes changes and whose permissions apply: the user chosen at start (UserChooser),
// else the operating system user.
QString actor();
void setActor(const QString &login);

// Resizes a window to its preferred size, or less on a smaller screen (a 1280×800 laptop keeps a margin).
void resizeWithinScreen(QWidget *window, const QSize &preferred);

// A modal message box for a failure: the store's message for the user, its detail on demand.
void showError(QWidget *parent, const QString &title, const StoreError &error);

} // namespace GuiUtil
