#pragma once

class QWidget;

namespace AboutDialog {

// Pristriy's version, licence and the Qt it runs on.
void show(QWidget *parent);

} // namespace AboutDialog
