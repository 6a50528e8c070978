import * as OpenCC from 'opencc-js';

/**
 * The converter of the standards' text: Traditional (Taiwan) characters to mainland
 * Simplified, characters only. OpenCC's phrase tables are left out on purpose: they
 * would turn 檔案 into 文件, wrong in the standards' own words (archives). Runs at
 * build time only (generation script, Astro pages); islands receive converted text.
 */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Taiwan computing and office words that mainland staff read as a machine conversion,
 * each with the word they use, written as `toSimplified` leaves them. Applied only to
 * text written by us (messages, Starlight's UI strings, our pages' prose); none of these
 * words occurs in the standards (tests/unit/simplified.test.ts checks), so data that
 * quotes them passes through unchanged. Longer words come first: 資料夾 before 資料.
 * Reviewed one by one; add a word only with the mainland term office staff use.
 */
export const interfaceTerms: readonly (readonly [taiwan: string, mainland: string])[] = [
	['行事历档案', '日历文件'],
	['行事历', '日历'],
	['资料夹', '文件夹'],
	['备份档', '备份文件'],
	['档案', '文件'],
	['档名', '文件名'],
	['索引档', '索引文件'],
	['JSON 档', 'JSON 文件'],
	['.ics 档', '.ics 文件'],
	['列印', '打印'],
	['印表机', '打印机'],
	['影印', '复印'],
	['汇出', '导出'],
	['汇入', '导入'],
	['搜寻', '搜索'],
	['软体', '软件'],
	['网路', '网络'],
	['设定', '设置'],
	['预设', '默认'],
	['重新整理', '刷新'],
	['重新载入', '重新加载'],
	['载入', '加载'],
	['储存空间', '存储空间'],
	['储存', '保存'],
	['连结', '链接'],
	['伺服器', '服务器'],
	['程式', '程序'],
	['贴上', '粘贴'],
	['点选', '点击'],
	['视窗', '窗口'],
	['选单', '菜单'],
	['字型', '字体'],
	['支援', '支持'],
	['资讯', '信息'],
	['讯息', '信息'],
	['使用者', '用户'],
	['帐号', '账号'],
	['登入', '登录'],
	['萤幕', '屏幕'],
	['快取', '缓存'],
	['分页', '标签页'],
];

/** Text written by us for the 简体 edition: characters, then the mainland interface words. */
export function toSimplifiedInterface(text: string): string {
	let converted = toSimplified(text);
	for (const [taiwan, mainland] of interfaceTerms) converted = converted.replaceAll(taiwan, mainland);
	return converted;
}

/**
 * Converts every string inside a value (messages, flow data, quiz questions…) with
 * the interface converter: the data's quotes of the standards hold none of its words.
 */
export function simplifyDeep<T>(value: T): T {
	if (typeof value === 'string') return toSimplifiedInterface(value) as T;
	if (Array.isArray(value)) return value.map((item) => simplifyDeep(item)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, simplifyDeep(item)])) as T;
	}
	return value;
}
