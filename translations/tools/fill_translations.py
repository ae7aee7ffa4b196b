#!/usr/bin/env python3
"""Fills guidedesk_zh_CN.ts, guidedesk_zh_TW.ts and guidedesk_en.ts from the table below.

Run after `cmake --build <build> --target update_translations` has added new source
strings; every source string must have an entry here (the script fails otherwise), so a
release can never ship an unfinished translation. zh_TW is derived from zh_CN with ICU's
Hans-Hant (`uconv`, from icu-devtools), then the few words Taiwan says differently are fixed.
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

# source → (zh_CN, English singular for %n strings or None)
ZH = {
    "Notes": "沟通记录",
    "No notes yet.": "还没有记录。",
    "waiting to sync": "等待同步",
    "Getting your customers…": "正在获取您的顾客…",
    "They appear here as the first sync goes on; search works once it is done.": "首次同步进行中，顾客会陆续显示在这里；同步完成后即可搜索。",
    "Sign in": "登录",
    "The server cannot be reached. Check the network and try again.": "无法连接服务器，请检查网络后重试。",
    "The server's certificate is not trusted, so the password was not sent.": "服务器证书不受信任，密码没有发送。",
    "Signing in failed (%1).": "登录失败（%1）。",
    "User: %1": "用户：%1",
    "Password": "密码",
    "Later": "稍后",
    "Add a note": "添加记录",
    "Getting your customers from the server… %1%": "正在从服务器获取您的顾客… %1%",
    "The first sync is paused: %1": "首次同步已暂停：%1",
    "no connection": "网络未连接",
    "see the sync status": "请查看同步状态",
    "%1 of about %2 records. If the connection drops, it continues where it stopped.": "已获取 %1 / 约 %2 条记录。网络中断后会从中断处继续。",
    "Saved. It will reach the server with the next sync.": "已保存，下次同步时会发送到服务器。",
    "Visit": "到店",
    "WeChat": "微信",
    "Call": "电话",
    "Other": "其他",
    "What did you talk about? Sizes tried, what they liked, when they will come back…": "聊了什么？试穿的尺码、喜欢的款式、下次何时来…",
    "Save note": "保存记录",
    "Online · %n to send": ("在线 · %n 条待发送", "Online · %n to send"),
    "Online": "在线",
    "Syncing…": "同步中…",
    "First sync %1%": "首次同步 %1%",
    "Offline · %n waiting": ("离线 · %n 条待发送", "Offline · %n waiting"),
    "Offline": "离线",
    "Signed out": "已退出登录",
    "Sync problem": "同步出错",
    "The server cannot be reached. Your work is kept on this device and will be sent when the connection returns.": "无法连接服务器。您的操作已保存在本设备上，网络恢复后会自动发送。",
    "The server's certificate is not trusted. Nothing is sent until this is fixed — ask your IT contact.": "服务器证书不受信任。问题解决前不会发送任何数据，请联系 IT 人员。",
    "The server reported a problem. GuideDesk will try again by itself.": "服务器报告了问题，导购工作台会自动重试。",
    "The server sent something GuideDesk does not understand. It will try again by itself.": "服务器返回了无法识别的内容，导购工作台会自动重试。",
    "The local database could not be written. GuideDesk will try again by itself.": "无法写入本地数据库，导购工作台会自动重试。",
    "Your session has ended. Sign in again to resume syncing; nothing on this device is lost.": "登录已失效。重新登录后即可继续同步，本设备上的数据不会丢失。",
    "Last in step: %1": "最近同步：%1",
    "Not yet in step with the server.": "尚未与服务器同步。",
    "%n change(s) were refused by the server.": ("服务器拒绝了 %n 项更改。", "%n change was refused by the server."),
    "Sync with the GuideDesk server at this HTTPS URL.": "与此 HTTPS 地址的导购工作台服务器同步。",
    "Also trust this CA certificate (PEM) for the server.": "额外信任此 CA 证书（PEM）以验证服务器。",
    "Sign in to the server as this user.": "以此用户身份登录服务器。",
    "Read the password from this file to sign in (only when the keychain holds no session).": "从此文件读取密码登录（仅当钥匙串中没有登录信息时）。",
    '--server takes an https:// address, not "%1".': "--server 需要 https:// 地址，而不是“%1”。",
    "--server needs --user.": "--server 需要同时指定 --user。",
    "--demo and --server exclude each other: the server has its own data.": "--demo 与 --server 不能同时使用：服务器有自己的数据。",
    "The database key vanished from the keychain.": "数据库密钥已从钥匙串中消失。",
    "Cannot read the password file %1: %2": "无法读取密码文件 %1：%2",
    "The server's certificate is not trusted, so GuideDesk did not send your password. (%1)": "服务器证书不受信任，导购工作台没有发送您的密码。（%1）",
    "The server cannot be reached, and this device has not signed in before. (%1)": "无法连接服务器，且本设备之前未登录过。（%1）",
    "The user name or password is wrong.": "用户名或密码错误。",
    "Signing in failed: %1": "登录失败：%1",
    "This device has no session for %1 yet: give --password-file to sign in.": "本设备还没有 %1 的登录信息：请用 --password-file 登录。",
    "This customer book is read-only.": "此顾客名册为只读。",
    "Write something first.": "请先填写内容。",
    "A note can hold at most 10,000 characters.": "一条记录最多 10,000 个字。",
    "The note was not saved: %1": "记录未保存：%1",
    "%1/%2 (year unknown)": "%1月%2日（年份不详）",
    "%1.": "%1。",
    "Generating %n demo customer(s)…": ("正在生成 %n 位演示顾客…", "Generating %n demo customer…"),
    "%n customer(s)": ("共 %n 位顾客", "%n customer"),
    "%n match(es)": ("找到 %n 位顾客", "%n match"),
    '--demo-customers takes a number from 100 to 200000, not "%1".': "--demo-customers 需要 100 到 200000 之间的数字，而不是“%1”。",
    '--demo-seed takes a whole number, not "%1".': "--demo-seed 需要一个整数，而不是“%1”。",
    '--lang takes zh_CN, zh_TW or en, not "%1".': "--lang 只接受 zh_CN、zh_TW 或 en，而不是“%1”。",
    "; last visit %n day(s) ago": ("；最近一次到店在 %n 天前", "; last visit %n day ago"),
    "; usually every %n day(s)": ("；通常每 %n 天来一次", "; usually every %n day"),
    "About GuideDesk": "关于导购工作台",
    "Added via": "来源",
    "At the counter": "门店柜台",
    "Average ticket": "客单价",
    "Back": "返回",
    "Basics": "基本信息",
    "Birthday": "生日",
    "Campaign": "营销活动",
    "Card opened": "开卡日期",
    "Clear search": "清除搜索",
    "Customer not found": "未找到该顾客",
    "Customers": "顾客",
    "Customers appear here once they are added at the counter or synced from the store.": "在柜台新增顾客或从门店同步后，顾客会显示在这里。",
    "Database": "数据库",
    "Demo data": "演示数据",
    "Demo: generated customers, not real people. Nothing leaves this device.": "演示：顾客均为生成数据，并非真实人物；数据不会离开本设备。",
    "Encrypted with SQLCipher (AES-256); the key is kept in the system keychain.": "使用 SQLCipher（AES-256）加密，密钥保存在系统钥匙串中。",
    "Favourite": "偏好品类",
    "Female": "女",
    "First visit": "首次到店",
    "Gold": "金卡",
    "Guide": "专属导购",
    "GuideDesk": "导购工作台",
    "GuideDesk cannot start": "导购工作台无法启动",
    "GuideDesk — the shopping guide's workbench": "导购工作台 —— 门店导购的工作台",
    "Imported": "批量导入",
    "Interface language: zh_CN, zh_TW or en.": "界面语言：zh_CN、zh_TW 或 en。",
    "Language": "语言",
    "Last visit": "最近到店",
    "Last visit %n day(s) ago": ("%n 天前到店", "Last visit %n day ago"),
    "Last visit %n month(s) ago": ("%n 个月前到店", "Last visit %n month ago"),
    "Last visit %n year(s) ago": ("%n 年前到店", "Last visit %n year ago"),
    "Load every page, then exit (0 when clean).": "加载所有页面后退出（无警告时返回 0）。",
    "Local data": "本地数据",
    "Lunar %1month %2, day %3": "农历%1%2月%3日",
    "Male": "男",
    "Member": "普通会员",
    "Mine": "我的",
    "Mini-program": "小程序",
    "Mode": "模式",
    "Name": "姓名",
    "No customer matches “%1”": "没有与“%1”匹配的顾客",
    "No customers yet": "还没有顾客",
    "No purchase yet": "尚未消费",
    "No purchase yet.": "尚未消费。",
    "No tags yet.": "还没有标签。",
    "Nobody (store view)": "未登录（门店视图）",
    "Number of demo customers (100–200000).": "演示顾客数量（100–200000）。",
    "Open a local store with demo data.": "打开带演示数据的本地数据库。",
    "Path of the local database.": "本地数据库路径。",
    "Pinyin initials / name / last 4 phone digits": "拼音首字母 / 姓名 / 手机尾号",
    "Platinum": "白金卡",
    "Print start-up time and memory, then exit.": "打印启动时间和内存占用后退出。",
    "Purchases": "消费记录",
    "Remark": "备注",
    "Schema": "数据结构版本",
    "Seed of the demo data.": "演示数据的随机种子。",
    "Settings": "设置",
    "Shopping": "消费概况",
    "Signed in": "当前导购",
    "Silver": "银卡",
    "Spend": "消费额",
    "Spent %1 in %n visit(s)": ("%n 次到店共消费 %1", "Spent %1 in %n visit"),
    "Store": "门店",
    "Store data": "门店数据",
    "Tags": "标签",
    "The interface changes at once; customer data stays as entered.": "界面语言立即切换；顾客数据保持原样。",
    "The user interface could not be loaded.": "无法加载用户界面。",
    "Total spend": "累计消费",
    "Try pinyin initials (zs), a full name, or the last 4 digits of the phone.": "试试拼音首字母（zs）、完整姓名或手机尾号后四位。",
    "Version": "版本",
    "Visited today": "今天到店",
    "Visits": "到店次数",
    "leap ": "闰",
    "%1\nGuideDesk keeps the key of its encrypted database in the system keychain and will not run without one.":
        "%1\n导购工作台把加密数据库的密钥保存在系统钥匙串中，没有钥匙串时无法运行。",
}

# Each area may keep its strings in strings/<area>.json beside this file, in the same shape
# ({"source": "zh_CN"} or {"source": ["zh_CN", "English singular"]} for %n strings), so that
# areas worked on at the same time never edit the same lines.
for extra in sorted((Path(__file__).resolve().parent / "strings").glob("*.json")):
    for source, entry in json.loads(extra.read_text(encoding="utf-8")).items():
        if source in ZH and ZH[source] != (tuple(entry) if isinstance(entry, list) else entry):
            sys.exit(f"{extra.name}: {source!r} is already translated differently")
        ZH[source] = tuple(entry) if isinstance(entry, list) else entry

# Words Taiwan uses differently from a character-by-character conversion.
TW_FIXES = {"數據庫": "資料庫", "設置": "設定", "用戶界面": "使用者介面", "加載": "載入", "默認": "預設",
            "信息": "資訊", "鑰匙串": "鑰匙圈", "導入": "匯入", "小程序": "小程式"}


def to_traditional(text: str) -> str:
    out = subprocess.run(["uconv", "-x", "Hans-Hant"], input=text, capture_output=True,
                         text=True, check=True).stdout
    for simplified, taiwan in TW_FIXES.items():
        out = out.replace(simplified, taiwan)
    return out


def fill(path: Path, language: str) -> None:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        entry = ZH.get(source)
        if entry is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        numerus = message.get("numerus") == "yes"
        zh = entry[0] if isinstance(entry, tuple) else entry
        if language == "en":
            if numerus:
                singular = entry[1] if isinstance(entry, tuple) else source
                for form in (singular, source.replace("(s)", "s").replace("(es)", "es")):
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = source
            continue
        text = zh if language == "zh_CN" else to_traditional(zh)
        if numerus:
            ET.SubElement(translation, "numerusform").text = text
            translation.text = None
        else:
            translation.text = text
    if missing:
        sys.exit(f"{path.name}: no translation for {missing!r}; add them to fill_translations.py")
    tree.write(path, encoding="utf-8", xml_declaration=True)


for lang in ("zh_CN", "zh_TW", "en"):
    fill(HERE / f"guidedesk_{lang}.ts", lang)
print("translations filled")
