#include "dashboardlayoutmodel.h"

using namespace Qt::StringLiterals;

namespace gd::dashboard {

DashboardLayoutModel::DashboardLayoutModel(DashboardLayoutWriter &writer, QObject *parent)
    : QAbstractListModel(parent)
    , m_writer(writer)
{
    reload();
}

int DashboardLayoutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_widgets.size());
}

QVariant DashboardLayoutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardWidget &widget = m_widgets.at(index.row());
    switch (role) {
    case KindRole:
        return widget.kind;
    case ColumnsRole:
        return widget.size.columns;
    case RowsRole:
        return widget.size.rows;
    case SizeRole:
        return sizeName(widget.size);
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardLayoutModel::roleNames() const
{
    return { { KindRole, "kind" },
             { ColumnsRole, "columns" },
             { RowsRole, "rows" },
             { SizeRole, "sizeName" } };
}

QString DashboardLayoutModel::undoKind() const
{
    return m_removed ? m_removed->widget.kind : QString();
}

QStringList DashboardLayoutModel::available() const
{
    QStringList out;
    for (const QString &kind : widgetCatalogue()) {
        const bool shown = std::any_of(m_widgets.cbegin(), m_widgets.cend(),
                                       [&](const DashboardWidget &w) { return w.kind == kind; });
        if (!shown)
            out << kind;
    }
    return out;
}

QString DashboardLayoutModel::source() const
{
    switch (m_source) {
    case LayoutSource::Own:
        return u"own"_s;
    case LayoutSource::StoreDefault:
        return u"store"_s;
    case LayoutSource::BuiltIn:
        break;
    }
    return u"builtin"_s;
}

DashboardLayout DashboardLayoutModel::layout() const
{
    DashboardLayout layout;
    layout.widgets = m_widgets + m_hidden;
    return layout;
}

void DashboardLayoutModel::setActor(const DashboardActor &actor)
{
    m_writer.setActor(actor);
    m_saved.reset();
    clearUndo();
    reload();
    Q_EMIT actorChanged();
    Q_EMIT editingChanged();
}

void DashboardLayoutModel::show(const DashboardLayout &layout)
{
    beginResetModel();
    m_widgets.clear();
    m_hidden.clear();
    for (const DashboardWidget &widget : layout.widgets)
        (widget.known() ? m_widgets : m_hidden) << widget;
    endResetModel();
    Q_EMIT layoutChanged();
}

void DashboardLayoutModel::reload()
{
    if (editing())
        return;
    LoadedLayout loaded;
    try {
        loaded = m_writer.load();
    } catch (const std::exception &) {
        // An unreadable store: the built-in default rather than no dashboard.
        loaded = { DashboardLayout::builtInDefault(), LayoutSource::BuiltIn };
    }
    m_source = loaded.source;
    if (layout() == loaded.layout && !m_widgets.isEmpty()) {
        Q_EMIT layoutChanged();
        return;
    }
    show(loaded.layout);
}

void DashboardLayoutModel::storeChanged(const QStringList &tables)
{
    if (tables.isEmpty() || tables.contains(u"dashboard_layouts"_s))
        reload();
}

void DashboardLayoutModel::startEditing()
{
    if (editing())
        return;
    m_saved = layout();
    Q_EMIT editingChanged();
}

QString DashboardLayoutModel::finishEditing()
{
    if (!editing())
        return {};
    const DashboardLayout edited = layout();
    if (edited != *m_saved || m_source != LayoutSource::Own) {
        try {
            m_writer.save(edited);
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what());
        }
        m_source = LayoutSource::Own;
    }
    m_saved.reset();
    clearUndo();
    Q_EMIT editingChanged();
    Q_EMIT layoutChanged();
    return {};
}

void DashboardLayoutModel::cancelEditing()
{
    if (!editing())
        return;
    const DashboardLayout saved = *m_saved;
    m_saved.reset();
    clearUndo();
    show(saved);
    Q_EMIT editingChanged();
}

bool DashboardLayoutModel::add(const QString &kind)
{
    if (!editing() || !available().contains(kind))
        return false;
    const int row = int(m_widgets.size());
    beginInsertRows({}, row, row);
    m_widgets << DashboardWidget { kind, allowedSizes().constFirst(), {} };
    endInsertRows();
    Q_EMIT layoutChanged();
    return true;
}

bool DashboardLayoutModel::remove(int row)
{
    if (!editing() || row < 0 || row >= m_widgets.size())
        return false;
    beginRemoveRows({}, row, row);
    m_removed = Removed { row, m_widgets.takeAt(row) };
    endRemoveRows();
    Q_EMIT layoutChanged();
    Q_EMIT undoChanged();
    return true;
}

bool DashboardLayoutModel::undoRemove()
{
    if (!editing() || !m_removed)
        return false;
    const int row = std::min(m_removed->row, int(m_widgets.size()));
    beginInsertRows({}, row, row);
    m_widgets.insert(row, m_removed->widget);
    endInsertRows();
    clearUndo();
    Q_EMIT layoutChanged();
    return true;
}

bool DashboardLayoutModel::move(int from, int to)
{
    const int n = int(m_widgets.size());
    if (!editing() || from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    // beginMoveRows names the row the item lands before, in the old numbering.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_widgets.move(from, to);
    endMoveRows();
    Q_EMIT layoutChanged();
    return true;
}

bool DashboardLayoutModel::changeSize(int row, int step)
{
    if (!editing() || row < 0 || row >= m_widgets.size())
        return false;
    const QList<WidgetSize> &sizes = allowedSizes();
    const int at = int(sizes.indexOf(m_widgets.at(row).size));
    const int next = at + step;
    if (at < 0 || next < 0 || next >= sizes.size())
        return false;
    m_widgets[row].size = sizes.at(next);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { ColumnsRole, RowsRole, SizeRole });
    Q_EMIT layoutChanged();
    return true;
}

bool DashboardLayoutModel::grow(int row)
{
    return changeSize(row, 1);
}

bool DashboardLayoutModel::shrink(int row)
{
    return changeSize(row, -1);
}

bool DashboardLayoutModel::setSize(int row, int columns, int rows)
{
    if (!editing() || row < 0 || row >= m_widgets.size()
        || !allowedSizes().contains(WidgetSize { columns, rows }))
        return false;
    m_widgets[row].size = WidgetSize { columns, rows };
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { ColumnsRole, RowsRole, SizeRole });
    Q_EMIT layoutChanged();
    return true;
}

void DashboardLayoutModel::resetToStoreDefault()
{
    if (!editing())
        startEditing();
    std::optional<DashboardLayout> store;
    try {
        store = m_writer.storeDefault();
    } catch (const std::exception &) { }
    clearUndo();
    show(store.value_or(DashboardLayout::builtInDefault()));
}

QString DashboardLayoutModel::saveAsStoreDefault()
{
    try {
        m_writer.saveStoreDefault(layout());
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void DashboardLayoutModel::clearUndo()
{
    if (!m_removed)
        return;
    m_removed.reset();
    Q_EMIT undoChanged();
}

} // namespace gd::dashboard
