import type { MetricLabels } from '../types';

/**
 * Vietnamese labels (GA4, Google Ads, Search Console, Meta, Looker Studio in Vietnamese). The first label of
 * each metric is its display name in this language.
 *
 * Left out: "Tỷ lệ tương tác" — GA4 prints it for Engagement rate, Google Ads for Interaction rate; a bare
 * "Vị trí" (Search Console's position column) — it also means Location.
 */
export const vi: MetricLabels = {
  sessions: ['Phiên', 'Số phiên', 'Tổng số phiên'],
  users: ['Người dùng', 'Tổng số người dùng', 'Số người dùng', 'Khách truy cập'],
  'active-users': ['Người dùng đang hoạt động', 'Người dùng hoạt động', 'Số người dùng đang hoạt động'],
  'new-users': ['Người dùng mới', 'Số người dùng mới', 'Khách truy cập mới'],
  'returning-users': ['Người dùng cũ', 'Người dùng quay lại', 'Khách truy cập quay lại'],
  pageviews: ['Lượt xem', 'Lượt xem trang', 'Số lượt xem trang'],
  'engaged-sessions': ['Số phiên tương tác', 'Phiên tương tác', 'Phiên có tương tác'],
  impressions: ['Lượt hiển thị', 'Tổng số lượt hiển thị', 'Số lần hiển thị'],
  clicks: ['Lượt nhấp', 'Tổng số lượt nhấp', 'Số lượt nhấp', 'Lượt nhấp vào liên kết', 'Lượt click'],
  reach: ['Phạm vi tiếp cận', 'Lượt tiếp cận'],
  followers: ['Người theo dõi', 'Lượt theo dõi'],
  subscribers: ['Người đăng ký', 'Người đăng ký nhận bản tin'],
  leads: ['Khách hàng tiềm năng', 'Số khách hàng tiềm năng'],
  conversions: ['Lượt chuyển đổi', 'Chuyển đổi', 'Sự kiện chính', 'Kết quả', 'Tất cả lượt chuyển đổi'],
  purchases: ['Lượt mua', 'Lượt mua hàng', 'Giao dịch', 'Số giao dịch'],
  'new-customers': ['Khách hàng mới', 'Người mua lần đầu'],
  revenue: ['Tổng doanh thu', 'Doanh thu', 'Doanh thu từ giao dịch mua', 'Giá trị chuyển đổi', 'Giá trị lượt chuyển đổi'],
  cost: ['Chi phí', 'Số tiền đã chi tiêu', 'Chi tiêu quảng cáo'],
  'conversion-rate': ['Tỷ lệ chuyển đổi', 'Tỷ lệ chuyển đổi của phiên', 'Tỷ lệ sự kiện chính của phiên'],
  ctr: ['CTR', 'CTR trung bình', 'Tỷ lệ nhấp', 'Tỷ lệ nhấp qua', 'Tỷ lệ nhấp vào liên kết'],
  cpc: ['CPC trung bình', 'Chi phí mỗi lượt nhấp', 'Chi phí trên mỗi lượt nhấp', 'Chi phí trên mỗi lượt nhấp vào liên kết'],
  cpm: ['CPM trung bình', 'Chi phí trên mỗi 1.000 lần hiển thị', 'Chi phí mỗi nghìn lần hiển thị'],
  cpa: ['Chi phí/lượt chuyển đổi', 'Chi phí mỗi lượt chuyển đổi', 'Chi phí trên mỗi lượt chuyển đổi', 'Chi phí trên mỗi kết quả'],
  'cost-per-lead': ['Chi phí mỗi khách hàng tiềm năng', 'Chi phí trên mỗi khách hàng tiềm năng'],
  roas: ['ROAS', 'Giá trị chuyển đổi/chi phí', 'Lợi tức chi tiêu quảng cáo', 'ROAS mua hàng'],
  cac: ['Chi phí thu hút khách hàng', 'Chi phí có được khách hàng'],
  cltv: ['Giá trị vòng đời khách hàng', 'Giá trị trọn đời của khách hàng'],
  'aov': ['Giá trị đơn hàng trung bình', 'Doanh thu trung bình từ giao dịch mua'],
  'bounce-rate': ['Tỷ lệ thoát'],
  'engagement-rate': ['Tỷ lệ phiên tương tác'],
  'returning-visitor-share': ['Tỷ lệ người dùng quay lại', 'Tỷ lệ khách truy cập quay lại'],
  'avg-engagement-time': [
    'Thời gian tương tác trung bình', 'Thời gian tương tác trung bình mỗi phiên', 'Thời lượng phiên trung bình',
    'Thời gian trung bình trên trang',
  ],
  'open-rate': ['Tỷ lệ mở', 'Tỷ lệ mở email'],
  'click-rate': ['Tỷ lệ nhấp email', 'Tỷ lệ nhấp vào email'],
  'unsubscribe-rate': ['Tỷ lệ hủy đăng ký'],
  csat: ['Mức độ hài lòng của khách hàng', 'Sự hài lòng của khách hàng'],
  'average-position': ['Vị trí trung bình'],
};
