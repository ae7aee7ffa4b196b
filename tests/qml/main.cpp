// Qt Quick Test runner with a QApplication (QtCharts' QML types need one; QUICK_TEST_MAIN
// would make a QGuiApplication) and the GuideDesk module over a fake repository.
#include "appcontext.h"
#include "fakecustomerrepository.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(GuideDeskPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        m_language.setEngine(engine);
        m_language.apply(u"en"_s);
        m_info.guideName = u"王丽"_s;
        m_info.storeName = u"上海南京西路店"_s;
        m_info.demo = true;
        engine->rootContext()->setContextProperty(u"testContext"_s, &m_context);
    }

private:
    gd::test::FakeCustomerRepository m_repository { 400 };
    gd::ui::CustomerBook m_book { m_repository };
    gd::ui::AppInfo m_info;
    gd::ui::LanguageController m_language;
    gd::ui::AppContext m_context { &m_book, &m_info, &m_language };
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GuideDesk-tests"_s);
    QQuickStyle::setStyle(u"Material"_s);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "guidedesk_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
