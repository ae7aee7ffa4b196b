#include "tagbook.h"

#include "customers/customerwriter.h"
#include "tags/taglibrary.h"

#include <QQmlEngine>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

const QString shelfLifeKey = u"tags/shelfLifeDays"_s;

template<typename T> T *ownedByQml(T *object)
{
    QQmlEngine::setObjectOwnership(object, QQmlEngine::JavaScriptOwnership);
    return object;
}

} // namespace

TagBook::TagBook(tags::TagLibrary &library, segments::SegmentService &reviews, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_reviews(reviews)
    , m_shelfLifeDays(
          qBound(30, QSettings().value(shelfLifeKey, defaultShelfLifeDays).toInt(), 730))
{ }

void TagBook::setWriters(customers::CustomerWriter *writer, tags::TagWriter *tagWriter)
{
    m_writer = writer;
    m_tagWriter = tagWriter;
}

void TagBook::setGuide(const QString &guideId, bool manager)
{
    m_guideId = guideId;
    m_reviewGuideId = manager ? QString() : guideId;
    Q_EMIT guideChanged();
}

void TagBook::setShelfLifeDays(int days)
{
    days = qBound(30, days, 730);
    if (days == m_shelfLifeDays)
        return;
    m_shelfLifeDays = days;
    QSettings().setValue(shelfLifeKey, days);
    Q_EMIT shelfLifeChanged();
}

tags::TagPickerModel *TagBook::openPicker(const QString &customerId)
{
    return ownedByQml(new tags::TagPickerModel(m_library, m_writer, m_tagWriter, customerId,
                                               m_guideId, m_shelfLifeDays));
}

tags::StaleTagModel *TagBook::openStaleTags()
{
    return ownedByQml(new tags::StaleTagModel(m_reviews, m_reviewGuideId));
}

tags::CoverageModel *TagBook::openCoverage()
{
    return ownedByQml(new tags::CoverageModel(m_reviews, m_reviewGuideId));
}

tags::SizeMismatchModel *TagBook::openSizeMismatches()
{
    return ownedByQml(new tags::SizeMismatchModel(m_reviews, m_reviewGuideId));
}

QString TagBook::confirmTag(const QString &customerId, const QString &tagId)
{
    return change(customerId, { tagId }, {});
}

QString TagBook::removeTag(const QString &customerId, const QString &tagId)
{
    return change(customerId, {}, { tagId });
}

QString TagBook::replaceSize(const QString &customerId, const QString &oldTagId,
                             const QString &sizeName)
{
    // One read of the library: the old tag's group, then the tag of that name in it.
    const QList<tags::LibraryTag> library = m_library.tagsFor(m_guideId);
    QString groupId;
    for (const tags::LibraryTag &tag : library) {
        if (tag.id == oldTagId)
            groupId = tag.groupId;
    }
    for (const tags::LibraryTag &tag : library) {
        if (!groupId.isEmpty() && tag.groupId == groupId && tag.name == sizeName)
            return change(customerId, { tag.id }, { oldTagId });
    }
    return tr("There is no size tag “%1”.").arg(sizeName);
}

QString TagBook::change(const QString &customerId, const QStringList &add,
                        const QStringList &remove)
{
    if (!m_writer)
        return tr("This customer book is read-only.");
    try {
        m_writer->changeTags(customerId, add, remove);
    } catch (const std::exception &e) {
        return tr("The tag was not changed: %1").arg(QString::fromUtf8(e.what()));
    }
    Q_EMIT tagsChanged(customerId);
    return {};
}

void TagBook::storeChanged(const QStringList &tables)
{
    if (tables.contains(u"customer_tags"_s) || tables.contains(u"tags"_s)
        || tables.contains(u"tag_groups"_s))
        Q_EMIT tagsChanged(QString());
}

} // namespace gd::ui
