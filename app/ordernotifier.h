// Tells the guide about a new paid order outside the window: a desktop notification
// (QSystemTrayIcon::showMessage, where the desktop has a tray) and a beep
// (QApplication::beep: QSoundEffect is not in our stack). The in-app banner and the badge
// are QML's (OrdersPage / Main). Silent under --self-test and on the offscreen platform.
#pragma once

#include <QObject>
#include <memory>

class QSystemTrayIcon;

namespace gd::ui {
class OrderDesk;
}

namespace gd::app {

class OrderNotifier : public QObject
{
    Q_OBJECT
public:
    OrderNotifier(ui::OrderDesk &desk, bool silent, QObject *parent = nullptr);
    ~OrderNotifier() override;

private:
    void notify(const QString &orderNo, const QString &customerName, double amountCents);

    std::unique_ptr<QSystemTrayIcon> m_tray;
    bool m_silent;
};

} // namespace gd::app
