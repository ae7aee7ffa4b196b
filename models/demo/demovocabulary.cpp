#include "demovocabulary.h"

namespace gd::demo::vocabulary {

namespace {

// Weights roughly follow the national surname ranking; the polyphonic and two-character
// surnames are given more weight than in life so that search can be tested on them.
constexpr Weighted surnameList[] = {
    { u"王", 720 },  { u"李", 700 },  { u"张", 680 }, { u"刘", 540 },  { u"陈", 500 },
    { u"杨", 330 },  { u"黄", 250 },  { u"赵", 230 }, { u"吴", 210 },  { u"周", 200 },
    { u"徐", 170 },  { u"孙", 150 },  { u"马", 140 }, { u"朱", 130 },  { u"胡", 120 },
    { u"郭", 110 },  { u"何", 100 },  { u"高", 95 },  { u"林", 95 },   { u"罗", 90 },
    { u"郑", 85 },   { u"梁", 80 },   { u"谢", 70 },  { u"宋", 65 },   { u"唐", 60 },
    { u"许", 60 },   { u"韩", 55 },   { u"冯", 55 },  { u"邓", 55 },   { u"曹", 50 },
    { u"彭", 50 },   { u"沈", 45 },   { u"叶", 45 },  { u"苏", 40 },   { u"蒋", 40 },
    { u"陆", 35 },   { u"曾", 60 },   { u"单", 30 },  { u"解", 25 },   { u"仇", 25 },
    { u"区", 25 },   { u"查", 25 },   { u"朴", 25 },  { u"欧阳", 30 }, { u"司马", 20 },
    { u"诸葛", 15 }, { u"上官", 10 }, { u"尉迟", 5 },
};

constexpr const char16_t *femaleNames[] = {
    u"娜",   u"静",   u"丽",   u"敏",   u"婷",   u"雪",   u"琳",   u"欣怡", u"雨涵", u"梓萱",
    u"思雨", u"佳怡", u"晓燕", u"秀英", u"慧",   u"颖",   u"倩",   u"洁",   u"萍",   u"红梅",
    u"丹",   u"玲",   u"诗涵", u"可馨", u"一诺", u"若曦", u"晨曦", u"梦瑶", u"语嫣", u"子涵",
    u"雅琪", u"嘉怡", u"美玲", u"晓丽", u"春燕", u"海燕", u"文静", u"紫薇", u"芳",   u"霞",
    u"月",   u"悦",   u"小红", u"晓梅", u"蕾",   u"薇",   u"婉清", u"书瑶", u"安琪", u"楠",
    u"佳琪", u"雨桐", u"欣然", u"梦琪", u"静怡", u"凤",   u"桂英", u"玉兰", u"淑华", u"丽华",
    u"秀兰", u"艳",   u"娟",   u"燕",   u"思琪", u"亦菲", u"沐晴", u"知夏", u"清妍", u"晴",
};

constexpr const char16_t *maleNames[] = {
    u"伟",   u"强",   u"磊",   u"洋",   u"勇",   u"军", u"杰",   u"涛",   u"明",   u"浩然",
    u"子轩", u"宇航", u"俊杰", u"建国", u"志强", u"晨", u"博文", u"天佑", u"一鸣", u"国栋",
    u"鹏",   u"斌",   u"辉",   u"超",   u"昊天", u"帆", u"泽宇", u"嘉豪", u"文博", u"思远",
};

// Median prices of a mid-range women's fashion brand; the mix averages about ¥600 an item.
constexpr CategorySpec categoryList[] = {
    { u"连衣裙", 18, 699, SizeKind::Clothing }, { u"外套", 14, 999, SizeKind::Clothing },
    { u"针织衫", 14, 499, SizeKind::Clothing }, { u"衬衫", 12, 429, SizeKind::Clothing },
    { u"裤装", 14, 459, SizeKind::Clothing },   { u"半身裙", 10, 459, SizeKind::Clothing },
    { u"配饰", 10, 199, SizeKind::None },       { u"鞋履", 8, 599, SizeKind::Shoes },
};

constexpr const char16_t *remarkList[] = {
    u"喜欢红色，周末到店",
    u"VIP 客户介绍",
    u"偏爱通勤款，不要太紧身",
    u"孩子在附近上学，工作日下午方便",
    u"对羊毛过敏",
    u"每季新品必看",
    u"生日前一周提醒",
    u"喜欢直播间下单",
    u"常陪母亲一起来",
    u"只穿深色",
    u"公司团购联系人",
    u"偏好真丝面料",
};

constexpr const char16_t *nicknameList[] = {
    u"小雨", u"Coco", u"阿敏", u"Lily", u"糖糖", u"Vivian", u"大美", u"Amy", u"小鹿", u"Grace",
};

constexpr const char16_t *personalTagList[] = {
    u"老客户介绍", u"VIP 生日必约", u"爱拍照", u"只买折扣",
    u"家庭采购",   u"闺蜜团",       u"上班族", u"宝妈",
};
constexpr const char *personalTagEnList[] = {
    "Referred by a regular", "VIP: book a birthday visit", "Loves photos",  "Discount only",
    "Buys for the family",   "Shops with friends",         "Office worker", "Young mum",
};

constexpr const char16_t *sizeTags[] = { u"XS", u"S", u"M", u"L", u"XL", u"XXL" };
constexpr const char *sizeTagsEn[] = { "XS", "S", "M", "L", "XL", "XXL" };
constexpr const char16_t *bodyTags[] = { u"梨形", u"苹果形", u"沙漏形", u"H形", u"倒三角" };
constexpr const char *bodyTagsEn[]
    = { "Pear", "Apple", "Hourglass", "Rectangle", "Inverted triangle" };
constexpr const char16_t *styleTags[]
    = { u"通勤", u"休闲", u"优雅", u"街头", u"运动", u"复古", u"极简" };
constexpr const char *styleTagsEn[]
    = { "Office", "Casual", "Elegant", "Street", "Sporty", "Vintage", "Minimal" };
constexpr const char16_t *colourTags[]
    = { u"黑", u"白", u"驼色", u"红", u"藏青", u"莫兰迪", u"印花" };
constexpr const char *colourTagsEn[]
    = { "Black", "White", "Camel", "Red", "Navy", "Morandi", "Prints" };
constexpr const char16_t *preferenceTags[]
    = { u"新品控", u"折扣敏感", u"爱直播", u"到店自提", u"会员日常客", u"送礼" };
constexpr const char *preferenceTagsEn[]
    = { "New-in fan",      "Discount-driven",    "Live-stream buyer",
        "In-store pickup", "Member-day regular", "Buys gifts" };

constexpr TagGroupSpec groupList[] = {
    { sizeGroupCode, u"尺码", "Size", false, 30, sizeTags, sizeTagsEn },
    { "body", u"体型", "Body type", false, 15, bodyTags, bodyTagsEn },
    { "style", u"风格", "Style", true, 25, styleTags, styleTagsEn },
    { "colour", u"偏好色", "Favourite colours", true, 20, colourTags, colourTagsEn },
    { "preference", u"偏好", "Preferences", true, 20, preferenceTags, preferenceTagsEn },
};

constexpr const char *prefixList[] = { "138", "139", "136", "137", "135", "186", "187", "188",
                                       "158", "159", "177", "180", "185", "199", "150", "152" };

} // namespace

std::span<const Weighted> surnames()
{
    return surnameList;
}
std::span<const char16_t *const> femaleGivenNames()
{
    return femaleNames;
}
std::span<const char16_t *const> maleGivenNames()
{
    return maleNames;
}
std::span<const CategorySpec> categories()
{
    return categoryList;
}
std::span<const char16_t *const> clothingSizes()
{
    return sizeTags;
}
std::span<const char16_t *const> remarks()
{
    return remarkList;
}
std::span<const char16_t *const> nicknames()
{
    return nicknameList;
}
std::span<const char16_t *const> personalTags()
{
    return personalTagList;
}
std::span<const char *const> personalTagsEn()
{
    return personalTagEnList;
}
std::span<const TagGroupSpec> tagGroups()
{
    return groupList;
}
std::span<const char *const> phonePrefixes()
{
    return prefixList;
}

} // namespace gd::demo::vocabulary
