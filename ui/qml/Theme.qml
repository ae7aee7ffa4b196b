pragma Singleton
import QtQuick

// Colours, sizes and type for the whole app: one calm neutral palette, one brand accent.
QtObject {
    readonly property color background: "#f4f2ee"
    readonly property color surface: "#ffffff"
    readonly property color surfaceMuted: "#faf8f5"
    readonly property color border: "#e4e0d8"
    readonly property color text: "#1f2328"
    readonly property color textSecondary: "#6b6f76"
    readonly property color textOnAccent: "#ffffff"
    readonly property color accent: "#1f6f66"
    readonly property color accentSoft: "#e3efed"
    readonly property color warning: "#b45309"
    readonly property color danger: "#b42318"

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontTitle: 18
    readonly property int fontHeadline: 24

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 10
    readonly property int rowHeight: 64 // touch: rows stay well above 48 px
    readonly property int navRailWidth: 96

    function levelColor(level: string): color {
        switch (level) {
        case "platinum": return "#3f4656"
        case "gold": return "#b7862c"
        case "silver": return "#8a94a6"
        default: return "#a8a29e"
        }
    }
    function avatarColor(seed: string): color {
        const palette = ["#1f6f66", "#8c5a3c", "#4b6cb7", "#9b4f7a", "#5f7f3a", "#b45309"]
        let h = 0
        for (let i = 0; i < seed.length; ++i)
            h = (h * 31 + seed.charCodeAt(i)) % 997
        return palette[h % palette.length]
    }
}
