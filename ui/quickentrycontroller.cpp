#include "quickentrycontroller.h"

#include "customers/customerwriter.h"
#include "segments/tagchoices.h"

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

intake::QuickEntryInput inputFrom(const QVariantMap &entry)
{
    intake::QuickEntryInput input;
    input.name = entry.value(u"name"_s).toString();
    input.phone = entry.value(u"phone"_s).toString();
    input.gender = entry.value(u"gender"_s).toString();
    input.birthday.lunar = entry.value(u"birthdayLunar"_s).toBool();
    input.birthday.year = entry.value(u"birthdayYear"_s).toInt();
    input.birthday.month = entry.value(u"birthdayMonth"_s).toInt();
    input.birthday.day = entry.value(u"birthdayDay"_s).toInt();
    input.birthday.leapMonth = entry.value(u"birthdayLeap"_s).toBool();
    input.tagIds = entry.value(u"tagIds"_s).toStringList();
    return input;
}

QString problemKey(intake::EntryProblem problem)
{
    switch (problem) {
    case intake::EntryProblem::NameMissing:
        return u"name_missing"_s;
    case intake::EntryProblem::NameTooLong:
        return u"name_too_long"_s;
    case intake::EntryProblem::PhoneNotDigits:
        return u"phone_not_digits"_s;
    case intake::EntryProblem::PhoneWrongShape:
        return u"phone_wrong_shape"_s;
    case intake::EntryProblem::GenderUnknown:
        return u"gender_unknown"_s;
    case intake::EntryProblem::BirthdayImpossible:
        return u"birthday_impossible"_s;
    case intake::EntryProblem::TagUnknown:
        return u"tag_unknown"_s;
    case intake::EntryProblem::TagGroupTwice:
        return u"tag_group_twice"_s;
    }
    return u"unknown"_s;
}

QVariantMap problemMap(const intake::EntryProblems &problems)
{
    QVariantMap map;
    for (auto it = problems.begin(); it != problems.end(); ++it)
        map.insert(it.key(), problemKey(it.value()));
    return map;
}

} // namespace

QuickEntryController::QuickEntryController(store::Database &db, customers::CustomerWriter &writer,
                                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writer(writer)
    , m_finder(db)
    , m_entry(db, writer)
{
    reloadTags();
}

QuickEntryController::~QuickEntryController() = default;

QAbstractListModel *QuickEntryController::tags() const
{
    return m_tags.get();
}

void QuickEntryController::reloadTags()
{
    // HQ tags and the signed-in guide's own: the same choice as in a segment rule.
    m_tags = std::make_unique<customers::TagListModel>(
        segments::tagChoices(m_db, m_writer.actor().guideId));
    Q_EMIT tagsChanged();
}

QString QuickEntryController::tagName(const QString &tagId, bool english) const
{
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QModelIndex index = m_tags->index(row);
        if (index.data(customers::TagListModel::TagIdRole).toString() != tagId)
            continue;
        const QString en = index.data(customers::TagListModel::NameEnRole).toString();
        return english && !en.isEmpty() ? en
                                        : index.data(customers::TagListModel::NameRole).toString();
    }
    return {};
}

QVariantList QuickEntryController::duplicates(const QString &name, const QString &phone)
{
    static const QString matches[] = { u"name_phone"_s, u"phone"_s, u"name"_s };
    QVariantList list;
    for (const auto &candidate : m_finder.find(name, phone)) {
        list.append(QVariantMap { { u"id"_s, candidate.id },
                                  { u"name"_s, candidate.name },
                                  { u"phoneMasked"_s, candidate.phoneMasked },
                                  { u"match"_s, matches[int(candidate.match)] } });
    }
    return list;
}

QVariantMap QuickEntryController::check(const QVariantMap &entry)
{
    return problemMap(m_entry.check(inputFrom(entry)));
}

QString QuickEntryController::save(const QVariantMap &entry)
{
    m_lastError.clear();
    try {
        intake::EntryProblems problems;
        const QString id = m_entry.create(inputFrom(entry), &problems);
        if (id.isEmpty()) {
            m_lastError = u"The entry has problems: check() lists them."_s;
            return {};
        }
        if (m_afterSave)
            m_afterSave();
        return id;
    } catch (const std::exception &e) {
        m_lastError = QString::fromUtf8(e.what());
        return {};
    }
}

} // namespace gd::ui
