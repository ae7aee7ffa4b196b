// The interface language, switched at once: loads the translation from the resource and
// asks the QML engine to re-evaluate every qsTr. The choice is kept in QSettings.
// Default: Chinese (the primary market) unless the system language is not Chinese.
#pragma once

#include <QObject>
#include <QTranslator>
#include <QtQmlIntegration>

class QQmlEngine;

namespace gd::ui {

class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool chinese READ chinese NOTIFY languageChanged)

public:
    explicit LanguageController(QObject *parent = nullptr);

    // The engine to retranslate; set once it exists.
    void setEngine(QQmlEngine *engine);
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] bool chinese() const { return m_language.startsWith(u"zh"); }
    /// "zh_CN", "zh_TW" or "en". Unknown codes are ignored.
    void setLanguage(const QString &language);
    // Applies a language without saving it as the user's choice (command line --lang).
    void apply(const QString &language);

    static QString defaultLanguage();

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language;
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace gd::ui
