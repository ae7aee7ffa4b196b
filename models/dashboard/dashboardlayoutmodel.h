// The dashboard's widgets as QML lays them out, and the edit mode: add from the catalogue,
// remove (with undo), resize, reorder; done saves through DashboardLayoutWriter, cancel
// goes back to what was saved. Widgets of kinds this app does not know are kept aside and
// saved back after the known ones, never shown.
#pragma once

#include "dashboardlayoutwriter.h"

#include <QAbstractListModel>
#include <optional>

namespace gd::dashboard {

class DashboardLayoutModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool editing READ editing NOTIFY editingChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoKind READ undoKind NOTIFY undoChanged)
    Q_PROPERTY(QStringList available READ available NOTIFY layoutChanged)
    Q_PROPERTY(QString source READ source NOTIFY layoutChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY actorChanged)
    Q_PROPERTY(bool manager READ manager NOTIFY actorChanged)
    Q_PROPERTY(int count READ count NOTIFY layoutChanged)
    Q_PROPERTY(int hiddenCount READ hiddenCount NOTIFY layoutChanged)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        ColumnsRole,
        RowsRole,
        SizeRole
    };
    Q_ENUM(Role)

    explicit DashboardLayoutModel(DashboardLayoutWriter &writer, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool editing() const { return m_saved.has_value(); }
    [[nodiscard]] bool canUndo() const { return m_removed.has_value(); }
    [[nodiscard]] QString undoKind() const;
    [[nodiscard]] QStringList available() const;
    [[nodiscard]] QString source() const;
    [[nodiscard]] bool signedIn() const { return !m_writer.actor().guideId.isEmpty(); }
    [[nodiscard]] bool manager() const { return m_writer.actor().manager; }
    [[nodiscard]] int count() const { return int(m_widgets.size()); }
    [[nodiscard]] int hiddenCount() const { return int(m_hidden.size()); }
    [[nodiscard]] DashboardLayout layout() const;

    // Who the dashboard is for: reloads their layout (leaving edit mode).
    void setActor(const DashboardActor &actor);

    /// Enters edit mode; what is shown now is what cancel returns to.
    Q_INVOKABLE void startEditing();
    /// Saves the edited layout and leaves edit mode. Returns an empty string or why not.
    Q_INVOKABLE QString finishEditing();
    /// Drops the edits.
    Q_INVOKABLE void cancelEditing();
    /// Adds a catalogue widget at the end (at its smallest size). False if not allowed.
    Q_INVOKABLE bool add(const QString &kind);
    Q_INVOKABLE bool remove(int row);
    /// Puts the last removed widget back where it was.
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE bool move(int from, int to);
    /// Next or previous allowed size (1x1 → 2x1 → 2x2); false at either end.
    Q_INVOKABLE bool grow(int row);
    Q_INVOKABLE bool shrink(int row);
    Q_INVOKABLE bool setSize(int row, int columns, int rows);
    /// Replaces the edited layout with the store's default (or the built-in one).
    Q_INVOKABLE void resetToStoreDefault();
    /// Managers: saves the edited layout as the store's default. Empty string or why not.
    Q_INVOKABLE QString saveAsStoreDefault();
    /// Re-reads the saved layout (a pull may have brought one from another tablet).
    Q_INVOKABLE void reload();

public Q_SLOTS:
    void storeChanged(const QStringList &tables);

Q_SIGNALS:
    void editingChanged();
    void undoChanged();
    void layoutChanged();
    void actorChanged();

private:
    void show(const DashboardLayout &layout);
    bool changeSize(int row, int step);
    void clearUndo();

    struct Removed
    {
        int row;
        DashboardWidget widget;
    };

    DashboardLayoutWriter &m_writer;
    QList<DashboardWidget> m_widgets; // known kinds, in grid order
    QList<DashboardWidget> m_hidden; // unknown kinds, kept as they came
    LayoutSource m_source = LayoutSource::BuiltIn;
    std::optional<DashboardLayout> m_saved; // set while editing
    std::optional<Removed> m_removed;
};

} // namespace gd::dashboard
