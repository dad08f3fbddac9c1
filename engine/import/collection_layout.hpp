// The collection workbook's layout (实际完成值.xlsx): the sheet names and header texts
// that `jixiao template --format xlsx` writes and the actuals reader finds columns by.
#pragma once

namespace jixiao::engine::collection {

inline constexpr const char* guide_sheet = "填报说明";
inline constexpr const char* indicator_sheet = "实际完成值";
inline constexpr const char* budget_sheet = "预算执行";

inline constexpr const char* year_label = "填报年度";  // in the guide sheet, the year in the cell to its right

// 实际完成值: one row per indicator.
inline constexpr const char* project_id = "项目编号";
inline constexpr const char* project_name = "项目名称";
inline constexpr const char* indicator_name = "指标名称";
inline constexpr const char* category = "指标类别";
inline constexpr const char* target = "年度指标值";
inline constexpr const char* actual = "实际完成值";
inline constexpr const char* note = "偏差原因分析及改进措施";
inline constexpr const char* planned = "年中确定值";  // a deferred target's value fixed during the year
inline constexpr const char* ratio = "档内得分比例";  // a point inside a grade's tier, 0 to 1
inline constexpr const char* cause = "超额原因";
inline constexpr const char* target_too_low = "目标值设定偏低";  // the one cause that changes a score

// 预算执行: one row per project; amounts in 万元.
inline constexpr const char* budget = "全年预算数（万元）";
inline constexpr const char* adjusted_budget = "调整后预算数（万元）";
inline constexpr const char* spent = "全年执行数（万元）";

}  // namespace jixiao::engine::collection
