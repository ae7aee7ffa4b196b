// Which customer field each CSV column holds. Recognises the headers Chinese and English
// spreadsheets use (姓名/name, 手机号/电话/phone, 性别, 生日/出生日期, 会员等级, 备注 …);
// the user can change any column's field before importing.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gd::import {

enum class ImportField
{
    Ignore,
    Name,
    Phone,
    Gender,
    Birthday,
    MemberLevel,
    Nickname,
    Remark,
};

// Stable keys ("ignore", "name", "phone", …) for QML and the tests.
[[nodiscard]] QString importFieldKey(ImportField field);
[[nodiscard]] ImportField importFieldFromKey(const QString &key);
[[nodiscard]] QList<ImportField> allImportFields();

[[nodiscard]] ImportField recogniseHeader(const QString &header);

// One field per column; a field claimed by two columns goes to the first one only.
[[nodiscard]] QList<ImportField> guessMapping(const QStringList &headers);

// Why a mapping cannot be imported: no name column, or a field given to two columns.
[[nodiscard]] bool mappingIsUsable(const QList<ImportField> &mapping);

} // namespace gd::import
