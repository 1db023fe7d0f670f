#pragma once

#include "store/storeerror.h"

#include <QString>

class QWidget;

// Small helpers every view needs.
namespace GuiUtil {

// The person who makes changes: the operating system user.
QString actor();

// A modal message box for a failure: the store's message for the user, its detail on demand.
void showError(QWidget *parent, const QString &title, const StoreError &error);

} // namespace GuiUtil
