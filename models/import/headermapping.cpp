#include "headermapping.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd::import {

namespace {

struct FieldName
{
    ImportField field;
    const char16_t *key;
};

constexpr FieldName fieldNames[] = {
    { ImportField::Ignore, u"ignore" },     { ImportField::Name, u"name" },
    { ImportField::Phone, u"phone" },       { ImportField::Gender, u"gender" },
    { ImportField::Birthday, u"birthday" }, { ImportField::MemberLevel, u"member_level" },
    { ImportField::Nickname, u"nickname" }, { ImportField::Remark, u"remark" },
};

// "手机号(必填)" → "手机号", " Phone Number* " → "phonenumber".
QString headerKey(const QString &header)
{
    static const QRegularExpression bracketed(u"[(\\[【][^)\\]】]*[)\\]】]"_s);
    static const QRegularExpression noise(u"[\\s*:_\\-./]"_s);
    QString key = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.remove(bracketed);
    key.remove(noise);
    return key;
}

const QHash<QString, ImportField> &synonyms()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        auto add = [&t](ImportField field, std::initializer_list<QString> names) {
            for (const QString &name : names)
                t.insert(headerKey(name), field);
        };
        add(ImportField::Name,
            { u"姓名"_s, u"名字"_s, u"客户姓名"_s, u"会员姓名"_s, u"顾客姓名"_s, u"客户名称"_s,
              u"客户"_s, u"会员"_s, u"name"_s, u"full name"_s, u"customer name"_s, u"customer"_s });
        add(ImportField::Phone,
            { u"手机"_s, u"手机号"_s, u"手机号码"_s, u"电话"_s, u"电话号码"_s, u"联系电话"_s,
              u"联系方式"_s, u"移动电话"_s, u"会员手机"_s, u"phone"_s, u"mobile"_s, u"tel"_s,
              u"telephone"_s, u"phone number"_s, u"mobile phone"_s, u"cell"_s });
        add(ImportField::Gender, { u"性别"_s, u"gender"_s, u"sex"_s });
        add(ImportField::Birthday,
            { u"生日"_s, u"出生日期"_s, u"出生年月日"_s, u"生日日期"_s, u"农历生日"_s,
              u"birthday"_s, u"birth date"_s, u"date of birth"_s, u"dob"_s });
        add(ImportField::MemberLevel,
            { u"会员等级"_s, u"等级"_s, u"会员级别"_s, u"级别"_s, u"会员卡等级"_s, u"卡级"_s,
              u"level"_s, u"member level"_s, u"tier"_s });
        add(ImportField::Nickname, { u"昵称"_s, u"微信昵称"_s, u"nickname"_s, u"nick name"_s });
        add(ImportField::Remark,
            { u"备注"_s, u"说明"_s, u"备注信息"_s, u"remark"_s, u"remarks"_s, u"note"_s, u"notes"_s,
              u"comment"_s, u"comments"_s });
        return t;
    }();
    return table;
}

} // namespace

QString importFieldKey(ImportField field)
{
    for (const auto &name : fieldNames) {
        if (name.field == field)
            return QString::fromUtf16(name.key);
    }
    return u"ignore"_s;
}

ImportField importFieldFromKey(const QString &key)
{
    for (const auto &name : fieldNames) {
        if (key == QStringView(name.key))
            return name.field;
    }
    return ImportField::Ignore;
}

QList<ImportField> allImportFields()
{
    QList<ImportField> fields;
    for (const auto &name : fieldNames)
        fields << name.field;
    return fields;
}

ImportField recogniseHeader(const QString &header)
{
    return synonyms().value(headerKey(header), ImportField::Ignore);
}

QList<ImportField> guessMapping(const QStringList &headers)
{
    QList<ImportField> mapping;
    for (const QString &header : headers) {
        const ImportField field = recogniseHeader(header);
        mapping << (mapping.contains(field) ? ImportField::Ignore : field);
    }
    return mapping;
}

bool mappingIsUsable(const QList<ImportField> &mapping)
{
    if (!mapping.contains(ImportField::Name))
        return false;
    for (ImportField field : allImportFields()) {
        if (field != ImportField::Ignore && mapping.count(field) > 1)
            return false;
    }
    return true;
}

} // namespace gd::import
