// Facts about this installation and session that the shell and About page show.
#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace gd::ui {

class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString version READ version CONSTANT)
    // Not constant: a device that starts signed out learns who it is on sign-in.
    Q_PROPERTY(QString guideName MEMBER guideName NOTIFY signedInChanged)
    Q_PROPERTY(QString guideRole MEMBER guideRole NOTIFY signedInChanged)
    Q_PROPERTY(QString storeName MEMBER storeName NOTIFY signedInChanged)
    Q_PROPERTY(QString databasePath MEMBER databasePath CONSTANT)
    Q_PROPERTY(bool demo MEMBER demo CONSTANT)
    Q_PROPERTY(int customerTotal MEMBER customerTotal CONSTANT)
    Q_PROPERTY(int schemaVersion MEMBER schemaVersion CONSTANT)

public:
    using QObject::QObject;
    [[nodiscard]] static QString version();

    void setSignedIn(const QString &name, const QString &role, const QString &store)
    {
        guideName = name;
        guideRole = role;
        storeName = store;
        Q_EMIT signedInChanged();
    }

    QString guideName; // empty: nobody signed in (all customers are shown)
    QString guideRole;
    QString storeName;
    QString databasePath;
    bool demo = false;
    int customerTotal = 0;
    int schemaVersion = 0;

Q_SIGNALS:
    void signedInChanged();
};

} // namespace gd::ui
