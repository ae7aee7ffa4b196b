#include "languagecontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {
const QString settingsKey = u"ui/language"_s;
const QStringList supported = { u"zh_CN"_s, u"zh_TW"_s, u"en"_s };
} // namespace

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{
    const QString saved = QSettings().value(settingsKey).toString();
    apply(supported.contains(saved) ? saved : defaultLanguage());
}

QString LanguageController::defaultLanguage()
{
    const QLocale system;
    if (system.language() == QLocale::Chinese) {
        const bool traditional = system.script() == QLocale::TraditionalChineseScript
            || system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong
            || system.territory() == QLocale::Macao;
        return traditional ? u"zh_TW"_s : u"zh_CN"_s;
    }
    // The C/POSIX locale of a bare server or tablet image says nothing: Chinese first.
    if (system.language() == QLocale::C || system.language() == QLocale::AnyLanguage)
        return u"zh_CN"_s;
    return u"en"_s;
}

void LanguageController::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
    m_engine->setUiLanguage(m_language);
}

void LanguageController::setLanguage(const QString &language)
{
    if (!supported.contains(language))
        return;
    QSettings().setValue(settingsKey, language);
    apply(language);
}

void LanguageController::apply(const QString &language)
{
    if (!supported.contains(language) || language == m_language)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language: its .qm holds only plural forms.
    if (m_translator.load(u":/i18n/guidedesk_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    if (m_engine) {
        m_engine->setUiLanguage(language); // QML reads it as Qt.uiLanguage
        m_engine->retranslate();
    }
    Q_EMIT languageChanged();
}

} // namespace gd::ui
