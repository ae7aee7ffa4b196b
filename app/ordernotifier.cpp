#include "ordernotifier.h"

#include "orderdesk.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace gd::app {

OrderNotifier::OrderNotifier(ui::OrderDesk &desk, bool silent, QObject *parent)
    : QObject(parent)
    , m_silent(silent || QGuiApplication::platformName() == u"offscreen"_s)
{
    if (!m_silent && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<QSystemTrayIcon>(QApplication::windowIcon());
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    connect(&desk, &ui::OrderDesk::newPaidOrder, this,
            [this](const QString &, const QString &orderNo, const QString &customerName,
                   double amountCents) { notify(orderNo, customerName, amountCents); });
}

OrderNotifier::~OrderNotifier() = default;

void OrderNotifier::notify(const QString &orderNo, const QString &customerName, double amountCents)
{
    if (m_silent)
        return;
    // The sound is a setting (on by default): a shared counter tablet may want quiet.
    if (QSettings().value(u"orders/beep"_s, true).toBool())
        QApplication::beep();
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        const QString amount = QLocale().toCurrencyString(amountCents / 100.0, u"¥"_s);
        m_tray->showMessage(tr("New paid order"),
                            tr("%1 · %2 · %3").arg(customerName, amount, orderNo),
                            QSystemTrayIcon::Information, 8000);
    }
}

} // namespace gd::app
