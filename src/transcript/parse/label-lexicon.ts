/**
 * General Chinese word classes the label scorer needs and a dictionary segmenter cannot give: which
 * words only glue a sentence together, which say who asks or how, which are verbs, which nouns are
 * too general to name a topic alone, and which nouns make a good head for a topic phrase. These are
 * properties of the language and of press-conference questions in general, not of any transcript.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter((w) => w !== ''));

/** Function words and pronouns: never the first or last word of a label, nor inside one. */
export const FUNCTION_WORDS = set(`
  的 了 着 过 地 得 是 在 和 与 及 以及 或 或者 对 也 都 就 将 把 被 从 向 给 为 以 并 而 但 但是 还 又 再 这 那 其 之 所
  该 此 吗 呢 吧 么 啊 嘛 于 由 至 到 等 等等 个 位 次 种 项 些 名 家 艘 架 批 条 只 份 第 每 各 某 其他 其它 这个 那个 这些
  那些 这样 那样 这种 那种 这次 此次 这一 一个 一些 一种 一次 哪些 哪个 哪里 什么 怎么 怎样 怎么样 为何 为什么 如何 是否
  能否 可否 有无 有何 何 谁 多少 几 你 您 你们 我 我们 他 她 它 他们 她们 它们 咱们 大家 自己 本 该 即 若 如果 虽然 因为
  所以 因此 由于 对于 关于 针对 根据 按照 通过 随着 除了 作为 以来 之后 之前 以后 以前 期间 当时 时 中 上 下 里 内 外 前
  后 间 方面 来 去 很 最 更 太 非常 十分 比较 已 已经 曾 曾经 正 正在 仍 仍然 还是 也是 就是 不 没 没有 未 别 似乎 可能
  真正 究竟 到底 一直 刚才 刚刚 一开始 此前 目前 当前 现在 今天 昨天 明天 今年 去年 明年 近日 近期 最近 日前 上周 本周
  下周 当地 时间 记得 立即 依然 日益 进一步 更加 且 鉴于 无理 最迟 最早 至少 远远 所谓 只 仅 仅仅 甚至 究竟 已 过去 全面 负面 正面 积极 消极 严重 重要 主要 巨大 良好 明确 充分 有效 紧密 密切 真正 更多 最大 最高 越来越 互相 相互 尽快 早日 真的 另外 此外 同时 那么 其中 之一 一 二 三 两 多 好 跟 同 让 使 令 请 请问 据 据悉 据报道 据了解 称 有
`);

/** Words that say who asks or answers, or refer back to the conversation: no subject. */
export const DISCOURSE_WORDS = set(`
  中方 美方 外方 各方 双方 有关方面 你方 我方 发言人 外交部 我想 想问 请问 提问 回答 答案 例子 意思 刚才 提到 所说
  说 讲 谈 谈谈 问 问及 问到 报道 报道称 消息 信息 评论 回应 看法 立场 观点 表态 声明 情况 细节 详情 进展 具体 相关 有关
  一点 这一点 一下 感谢 谢谢 希望 据称 外界 人们 有人 个别 部分 一些人 很多 许多 不少 所有 全部 一切
`);

/** Common verbs: a label names a thing, so it neither starts nor ends with one. */
export const VERBS = set(`
  提出 出台 表示 认为 采取 提供 进行 举行 发布 宣布 证实 介绍 评价 看待 担心 担忧 考虑 影响 希望 支持 反对 要求 允许 参加
  参与 推进 推动 加强 开展 实施 应对 帮助 保证 确保 避免 导致 发生 出现 指责 批评 讨论 透露 了解 告诉 离开 取消 拘留 获得
  得到 达到 造成 带来 给予 成为 属于 包括 涉及 意味着 意味 注意 关注 注意到 看到 知道 相信 呼吁 强调 指出 称为 交还 释放
  恢复 保持 建立 促进 维护 解决 处理 加大 扩大 增加 减少 降低 提高 调整 放弃 找到 进入 抵达 返回 会见 举办 召开 签署 遵守
  违反 惠及 适应 发挥 打赢 应该 应当 必须 需要 能够 可以 会 能 要 想 打算 准备 同意 拒绝 接受 继续 开始 决定 选择 采用
  使用 利用 成立 设立 举 做 做到 作出 做出 实现 完成 落实 推出 提升 表明 显示 说明 证明 反映 体现 意识到 发现 获悉 收到
  发表 刊发 发出 发 送 派 派遣 赴 前往 来华 访华 抵 到达 运往 运输 购买 采购 出口 进口 赠送 捐赠 捐助 通报 回复 回应
  否认 承认 确认 核实 调查 审议 起诉 限制 打压 驱逐 申报 撤销 吊销 暂停 停止 中止 终止 关闭 开放 放开 延长 延期 推迟 举个
  产生 做客 转变 转变为 带到 遇到 感受到 放出 找 听到 执政 启运 装箱 超过 抵御 联名 相撞 沉没 飞往 返航 调头 致
  做 说 看 听 找 问 谈 给 带 拿 送 派 赴 抵 叫 用 求 买 卖 写 读 走 来 去 到 入 出 进 回 作 当 加 放 收 交 发 打 开
  交回 损害 沟通 列为 借 团结 期盼 期待 拥有 禁止 阐述 呼吁 敦促 捐 援 援助了
  在于 位于 来自 出于 基于 面临 面对 遭受 受到 遭到 受 造 搞 给 带 拿 看 听 说到 谈到 提及 涉嫌 指 称之为 叫 叫做 相抵触
`);

/** Nouns too general to name a topic on their own (they may still end a phrase: 也门问题). */
export const GENERIC_NOUNS = set(`
  问题 情况 政策 措施 合作 关系 影响 国家 政府 媒体 声音 工作 发展 行动 活动 事情 事件 方式 目的 作用 意见 原因 结果
  成果 努力 形势 局面 领域 人员 人士 官员 地区 世界 国际 全球 社会 人民 未来 历史 程度 部分 数量 规模 重点 计划 中国 国内
  地方 机构 部门 方向 目标 任务 挑战 机遇 风险 压力 能力 水平 经验 基础 条件 环境 因素 方案 建议 举措 行为 做法 说法 言论
  视频 文章 网站 材料 证据 标准 原则 理念 精神 态度 角度 期待 成效 进程 领导人 总统 总理 主席 国务卿 部长 外长 大使 议员
  记者 民众 公民 企业 公司 机制 体系 时刻 阶段 年代 数字 时期 之间 方 国 人
`);

/**
 * Nouns that head a topic phrase ("中俄关系", "也门问题", "南海行为准则"): after a specific word
 * they make the label read as a subject rather than a bare name.
 */
export const HEAD_NOUNS = set(`
  关系 问题 局势 合作 危机 外交 组织 倡议 经济 改革 立法 磋商 对话 协定 协议 政策 措施 准则 会晤 会谈 峰会 会议 疫情 战略
  进程 制度 机制 就业 贸易 自由 安全 援助 谈判 访问 事件 法案 冲突 争端 选举 大选 制裁 反制 声明 报告 项目 签证 议会 战争
  和平 论坛 条例 法律 攻坚 溯源 源头 调查 行动 挑战 形势 前景 走廊 通道 航班 渔船 军舰 演习 试验 计划 方案 理念 共识 规则
  机构 体系 秩序 权利 人权 宗教 民主 主权 领土 边界 海域 岛礁 口罩 物资 疫苗 病毒 记者证 限制 对等 透明度
`);

/** Endings of place and organisation names: a word with one is a proper name, the most specific subject. */
export const NAME_ENDING = /(?:国|州|省|市|县|岛|洲|湾|港|区|岸|海|江|河|山|组织|联盟|同盟|党|议会|政府|大学|公司|集团|航空|银行|基金|使馆|领馆|使团|代表团|机构|协会|委员会|理事会|论坛|时报|日报|邮报|电台|电视台|通讯社|新闻社)$/u;

/** Short names of countries and regions that a dictionary segmenter sees as ordinary words. */
export const PLACE_NAMES = set(`
  中国 美国 俄罗斯 日本 韩国 朝鲜 印度 英国 法国 德国 意大利 西班牙 葡萄牙 希腊 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰
  捷克 匈牙利 塞尔维亚 乌克兰 白俄罗斯 土耳其 伊朗 伊拉克 叙利亚 以色列 巴勒斯坦 黎巴嫩 约旦 沙特 也门 阿曼 卡塔尔 埃及
  利比亚 苏丹 埃塞俄比亚 肯尼亚 南非 尼日利亚 巴西 阿根廷 智利 秘鲁 墨西哥 加拿大 古巴 委内瑞拉 澳大利亚 新西兰 新加坡
  马来西亚 印尼 印度尼西亚 泰国 越南 老挝 柬埔寨 缅甸 菲律宾 文莱 蒙古 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦
  阿富汗 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 马尔代夫 欧盟 东盟 非盟 联合国 北约 世卫 世卫组织 欧洲 亚洲 非洲 美洲 拉美
  中东 南海 东海 台湾 香港 澳门 新疆 西藏 湖北 武汉 北京 上海 华盛顿 莫斯科 东京 首尔 平壤 半岛 朝鲜半岛 中东欧
`);
