// The words demo data is made of: surnames with their frequency, given names, categories,
// remarks, and the fashion tag library. Kept apart from the generator's logic.
#pragma once

#include <span>

namespace gd::demo::vocabulary {

struct Weighted
{
    const char16_t *text;
    int weight;
};

enum class SizeKind
{
    Clothing,
    Shoes,
    None
};

struct CategorySpec
{
    const char16_t *name;
    int weight; // share of purchases
    int typicalPriceYuan; // median price of one item
    SizeKind sizeKind;
};

// Tag group codes the generator treats specially.
inline constexpr const char *sizeGroupCode = "size";

struct TagGroupSpec
{
    const char *code;
    const char16_t *name;
    const char *nameEn;
    bool multiSelect;
    int pickWeight; // how often guides use the group, relative to the others
    std::span<const char16_t *const> tags;
    std::span<const char *const> tagsEn;
};

std::span<const Weighted> surnames();
std::span<const char16_t *const> femaleGivenNames();
std::span<const char16_t *const> maleGivenNames();
std::span<const CategorySpec> categories();
std::span<const char16_t *const> clothingSizes(); // XS–XXL, the size group's tag names
std::span<const char16_t *const> remarks();
std::span<const char16_t *const> nicknames();
std::span<const char16_t *const> personalTags();
std::span<const char *const> personalTagsEn();
std::span<const TagGroupSpec> tagGroups();
inline constexpr int personalTagPickWeight = 12; // as TagGroupSpec::pickWeight
std::span<const char *const> phonePrefixes();

} // namespace gd::demo::vocabulary
