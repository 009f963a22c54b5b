<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Your saved data is safe.

The details were written to:
%1
Please send this file to whoever supports the program.</source>
        <translation>Đã xảy ra một lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn.

Chi tiết lỗi được ghi vào tệp:
%1
Xin gửi tệp này cho người hỗ trợ chương trình.</translation>
    </message>
    <message>
        <source>A good backup from %1 exists (%2 members). Put it in place of the damaged file? The damaged file is kept beside it.</source>
        <translation>Có một bản sao lưu tốt lúc %1 (%2 hội viên). Đặt bản sao lưu này vào thay tệp bị hỏng? Tệp bị hỏng vẫn được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>The data file %1 contained things CCB Desktop does not make (another program added them). They were removed; your data is unchanged:
%2</source>
        <translation>Tệp dữ liệu %1 có những thành phần không do CCB Desktop tạo ra (một chương trình khác đã thêm vào). Chúng đã được gỡ bỏ; dữ liệu của chi hội không thay đổi:
%2</translation>
    </message>
    <message>
        <source>The data file %1 does not exist (a USB stick not plugged in, or a path typed wrongly?).

Make a new, empty member register there?</source>
        <translation>Không có tệp dữ liệu %1 (chưa cắm USB, hay gõ nhầm đường dẫn?).

Tạo một sổ hội viên mới, trống, ở đó?</translation>
    </message>
    <message>
        <source>Make a new register</source>
        <translation>Tạo sổ mới</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>lệnh và đối số</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>hiện số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>đối số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các đối số bắt buộc: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>không hiểu các đối số: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>cần nhiều nhất một giá trị</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không dùng được cùng đối số %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn chưa rõ: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các đối số %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>bỏ qua đối số %r</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>không mở được '%(filename)s': %(error)s</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>— not marked —</source>
        <translation>— chưa điểm danh —</translation>
    </message>
    <message>
        <source>(no longer on the list for this date)</source>
        <translation>(không còn trong danh sách ngày này)</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <source>Care visit</source>
        <translation>Lần thăm hỏi</translation>
    </message>
    <message>
        <source>Record a care visit</source>
        <translation>Ghi một lần thăm hỏi</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>e.g. Chi hội trưởng, Tổ trưởng tổ 2</source>
        <translation>ví dụ: Chi hội trưởng, Tổ trưởng tổ 2</translation>
    </message>
    <message>
        <source>e.g. a gift basket</source>
        <translation>ví dụ: giỏ quà</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Hội viên:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Who went:</source>
        <translation>Người đi thăm:</translation>
    </message>
    <message>
        <source>Given (besides money):</source>
        <translation>Hiện vật (ngoài tiền):</translation>
    </message>
    <message>
        <source>Money (đồng):</source>
        <translation>Tiền (đồng):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Choose what the visit was for.</source>
        <translation>Chọn hình thức thăm hỏi.</translation>
    </message>
</context>
<context>
    <name>CareList</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Người đi thăm</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Money (đồng)</source>
        <translation>Tiền (đồng)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Record a care visit…</source>
        <translation>Ghi thăm hỏi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>%1 visits, %2 đồng in all.</source>
        <translation>%1 lần thăm hỏi, tổng %2 đồng.</translation>
    </message>
    <message>
        <source>Delete the visit</source>
        <translation>Xóa lần thăm hỏi</translation>
    </message>
    <message>
        <source>Delete the visit of %1 (%2)? Ctrl+Z brings it back.</source>
        <translation>Xóa lần thăm hỏi ngày %1 (%2)? Bấm Ctrl+Z để lấy lại.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Support case</source>
        <translation>Hồ sơ giúp đỡ</translation>
    </message>
    <message>
        <source>e.g. ốm đau kéo dài, thiếu vốn, thiếu đất sản xuất</source>
        <translation>ví dụ: ốm đau kéo dài, thiếu vốn, thiếu đất sản xuất</translation>
    </message>
    <message>
        <source>Member household:</source>
        <translation>Hộ hội viên:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Ngày mở hồ sơ:</translation>
    </message>
    <message>
        <source>Cause of difficulty:</source>
        <translation>Nguyên nhân khó khăn:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch giúp đỡ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Escaped poverty in:</source>
        <translation>Thoát nghèo năm:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Add help given…</source>
        <translation>Thêm lần hỗ trợ…</translation>
    </message>
    <message>
        <source>Add a loan…</source>
        <translation>Thêm khoản vay…</translation>
    </message>
    <message>
        <source>Add a visit…</source>
        <translation>Thêm lần thăm…</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Help, loans and visits</source>
        <translation>Các lần hỗ trợ, khoản vay và lần thăm</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Đã đóng: %1</translation>
    </message>
    <message>
        <source>work days</source>
        <translation>ngày công</translation>
    </message>
    <message>
        <source>outstanding %1, overdue %2</source>
        <translation>dư nợ %1, quá hạn %2</translation>
    </message>
    <message>
        <source>Loan: %1</source>
        <translation>Vay: %1</translation>
    </message>
    <message>
        <source>next visit %1</source>
        <translation>hẹn thăm %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Thăm hỏi</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>Change history of the case</source>
        <translation>Lịch sử thay đổi của hồ sơ</translation>
    </message>
    <message>
        <source>Save the case first: help, loans and visits are kept with it.</source>
        <translation>Hãy lưu hồ sơ trước: các lần hỗ trợ, khoản vay và lần thăm được ghi vào hồ sơ đã lưu.</translation>
    </message>
    <message>
        <source>repaid %1, still owed %2</source>
        <translation>đã trả %1, còn nợ %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn trả %1</translation>
    </message>
    <message>
        <source>Fund loan: %1</source>
        <translation>Vay quỹ: %1</translation>
    </message>
    <message>
        <source>Loans from the chi hội's funds: %1 loan(s), still owed %2 đồng. They are kept in the fund's cash book: record repayments in the Hội phí &amp; quỹ tab.</source>
        <translation>Vay quỹ của chi hội: %1 khoản, còn nợ %2 đồng. Các khoản này ghi trong sổ quỹ: ghi trả nợ ở thẻ Hội phí &amp; quỹ.</translation>
    </message>
</context>
<context>
    <name>ChiHoiSelector</name>
    <message>
        <source>Chi hội</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>Looking at:</source>
        <translation>Đang xem:</translation>
    </message>
    <message>
        <source>The chi hội whose members, meetings and cases are shown</source>
        <translation>Chi hội đang được hiển thị hội viên, buổi sinh hoạt và hồ sơ giúp đỡ</translation>
    </message>
    <message>
        <source>Whole ward</source>
        <translation>Cả phường</translation>
    </message>
    <message>
        <source>A new chi hội (not sending packages)…</source>
        <translation>Chi hội mới (không gửi tệp lên phường)…</translation>
    </message>
    <message>
        <source>Into which chi hội of the ward?</source>
        <translation>Nhập vào chi hội nào của phường?</translation>
    </message>
    <message>
        <source>Name of the new chi hội:</source>
        <translation>Tên chi hội mới:</translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <source>Household classification</source>
        <translation>Phân loại hộ</translation>
    </message>
    <message>
        <source>Record the result of the ward People's Committee's review; the program never computes it.</source>
        <translation>Ghi kết quả rà soát của UBND phường; chương trình không tự tính phân loại.</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Hội viên:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Official category:</source>
        <translation>Kết quả phân loại:</translation>
    </message>
    <message>
        <source>Decision no.:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>Nhà ở:</translation>
    </message>
    <message>
        <source>Hội's own grade:</source>
        <translation>Hội xếp loại:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Enter the year.</source>
        <translation>Hãy nhập năm.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>Choose the official category.</source>
        <translation>Hãy chọn kết quả phân loại chính thức.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Member register of a chi hội Cựu chiến binh.</source>
        <translation>Sổ hội viên chi hội Cựu chiến binh.</translation>
    </message>
    <message>
        <source>data file to open</source>
        <translation>tệp dữ liệu cần mở</translation>
    </message>
    <message>
        <source>open the window, visit every tab and exit</source>
        <translation>mở cửa sổ, lần lượt xem mọi thẻ rồi thoát</translation>
    </message>
    <message>
        <source>with --smoke: save a PNG of each tab and form</source>
        <translation>dùng cùng --smoke: lưu ảnh PNG của từng thẻ và biểu mẫu</translation>
    </message>
    <message>
        <source>fill a data file with sample members</source>
        <translation>điền hội viên mẫu vào một tệp dữ liệu</translation>
    </message>
    <message>
        <source>data file to fill (created if missing)</source>
        <translation>tệp dữ liệu cần điền (tạo mới nếu chưa có)</translation>
    </message>
    <message>
        <source>how many members (default 60)</source>
        <translation>số hội viên (mặc định 60)</translation>
    </message>
    <message>
        <source>random seed, for repeatable data</source>
        <translation>hạt giống ngẫu nhiên, để dữ liệu lặp lại được</translation>
    </message>
    <message>
        <source>the member register</source>
        <translation>danh sách hội viên</translation>
    </message>
    <message>
        <source>print the register in official order</source>
        <translation>in danh sách hội viên theo thứ tự chính thức</translation>
    </message>
    <message>
        <source>data file to read</source>
        <translation>tệp dữ liệu cần đọc</translation>
    </message>
    <message>
        <source>only members matching TEXT</source>
        <translation>chỉ những hội viên khớp với TEXT</translation>
    </message>
    <message>
        <source>include members who left or died</source>
        <translation>gồm cả hội viên đã chuyển đi, xóa tên hoặc từ trần</translation>
    </message>
    <message>
        <source>Added {count} sample members to {path}</source>
        <translation>Đã thêm {count} hội viên mẫu vào {path}</translation>
    </message>
    <message>
        <source>make a checked backup of a data file</source>
        <translation>sao lưu một tệp dữ liệu (có kiểm tra bản sao)</translation>
    </message>
    <message>
        <source>data file to back up</source>
        <translation>tệp dữ liệu cần sao lưu</translation>
    </message>
    <message>
        <source>where to write the copy (default: the backups folder beside the data)</source>
        <translation>nơi ghi bản sao (mặc định: thư mục backups bên cạnh tệp dữ liệu)</translation>
    </message>
    <message>
        <source>replace a data file's content with a backup</source>
        <translation>thay nội dung tệp dữ liệu bằng một bản sao lưu</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>tệp sao lưu</translation>
    </message>
    <message>
        <source>data file to restore into</source>
        <translation>tệp dữ liệu cần khôi phục</translation>
    </message>
    <message>
        <source>check a data file: integrity, schema version, counts</source>
        <translation>kiểm tra tệp dữ liệu: tính toàn vẹn, phiên bản cấu trúc, số lượng</translation>
    </message>
    <message>
        <source>data file to check</source>
        <translation>tệp dữ liệu cần kiểm tra</translation>
    </message>
    <message>
        <source>{path}: schema {schema}; {members} members, {meetings} meetings, {cases} support cases</source>
        <translation>{path}: cấu trúc {schema}; {members} hội viên, {meetings} buổi sinh hoạt, {cases} hồ sơ giúp đỡ</translation>
    </message>
    <message>
        <source>Backup written and checked:</source>
        <translation>Đã ghi và kiểm tra bản sao lưu:</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}. The data as it was before is in {safety}.</source>
        <translation>Đã khôi phục {backup} vào {path}. Dữ liệu trước khi khôi phục được giữ ở {safety}.</translation>
    </message>
    <message>
        <source>The data file is intact.</source>
        <translation>Tệp dữ liệu nguyên vẹn.</translation>
    </message>
    <message>
        <source>It was written by a newer version of the program.</source>
        <translation>Tệp được tạo bởi phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>write a report for the ward as an Excel file</source>
        <translation>xuất một báo cáo gửi phường ra tệp Excel</translation>
    </message>
    <message>
        <source>which report: %(choices)s</source>
        <translation>báo cáo nào: %(choices)s</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO_CÁO</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>tệp Excel cần ghi</translation>
    </message>
    <message>
        <source>the year (default: this year)</source>
        <translation>năm báo cáo (mặc định: năm nay)</translation>
    </message>
    <message>
        <source>first day of the period</source>
        <translation>ngày đầu kỳ báo cáo</translation>
    </message>
    <message>
        <source>last day of the period</source>
        <translation>ngày cuối kỳ báo cáo</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} lines).</source>
        <translation>Đã ghi {path} ({rows} dòng).</translation>
    </message>
    <message>
        <source>the roster to read</source>
        <translation>danh sách cần đọc</translation>
    </message>
    <message>
        <source>data file to add them to</source>
        <translation>tệp dữ liệu cần thêm vào</translation>
    </message>
    <message>
        <source>only say what would be imported</source>
        <translation>chỉ cho biết sẽ nhập những gì, chưa ghi</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Dòng {row}: {problem}</translation>
    </message>
    <message>
        <source>Row {row}: already registered as {name}</source>
        <translation>Dòng {row}: đã có trong danh sách ({name})</translation>
    </message>
    <message>
        <source>Imported {count} members.</source>
        <translation>Đã nhập {count} hội viên.</translation>
    </message>
    <message>
        <source>add the members of an Excel roster (.xlsx, .xls, .ods)</source>
        <translation>thêm hội viên từ danh sách Excel (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <source>import lines with a value that cannot be read, leaving that field empty (by default they are left out and written to FILE-loi.xlsx)</source>
        <translation>vẫn nhập các dòng có giá trị không đọc được, để trống ô đó (mặc định các dòng này không nhập mà được ghi ra TỆP-loi.xlsx)</translation>
    </message>
    <message>
        <source>Columns (header on row {row}):</source>
        <translation>Các cột (dòng tiêu đề là dòng {row}):</translation>
    </message>
    <message>
        <source>{new} members to import, {dup} already registered, {left} lines left out.</source>
        <translation>{new} hội viên sẽ được nhập, {dup} người đã có trong danh sách, {left} dòng không nhập.</translation>
    </message>
    <message>
        <source> (imported with that value left empty)</source>
        <translation> (vẫn nhập, để trống ô đó)</translation>
    </message>
    <message>
        <source>The lines left out are in {path}: correct them there and import that file.</source>
        <translation>Các dòng chưa nhập được ghi vào {path}: sửa lại trong tệp đó rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>An import would write the lines left out to {path}.</source>
        <translation>Khi nhập thật, các dòng không nhập sẽ được ghi vào {path}.</translation>
    </message>
    <message>
        <source>The sheet is typed in the old {encoding} fonts: read as Unicode.</source>
        <translation>Trang này gõ bằng phông {encoding} cũ: đã đọc chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>for members already registered, fill in the fields that are empty in the register (nothing is overwritten)</source>
        <translation>với hội viên đã có trong danh sách, bổ sung các ô còn trống trong sổ (không ghi đè gì)</translation>
    </message>
    <message>
        <source>(empty fields completed: {fields})</source>
        <translation>(đã bổ sung các ô còn trống: {fields})</translation>
    </message>
    <message>
        <source>(--fill-empty-fields would complete: {fields})</source>
        <translation>(dùng --fill-empty-fields để bổ sung: {fields})</translation>
    </message>
    <message>
        <source>Give either --year or --from/--to, not both.</source>
        <translation>Chỉ ghi --year, hoặc --from/--to, không ghi cả hai.</translation>
    </message>
    <message>
        <source>The year {year} is not between 1900 and 2100.</source>
        <translation>Năm {year} không nằm trong khoảng 1900–2100.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the .xlsx file.</source>
        <translation>{path} là một thư mục: hãy ghi tên tệp .xlsx cần lưu.</translation>
    </message>
    <message>
        <source>The report is written as an Excel file: end the name with .xlsx.</source>
        <translation>Báo cáo được lưu thành tệp Excel: tên tệp phải có đuôi .xlsx.</translation>
    </message>
    <message>
        <source>The dates must be between 1900 and 2100.</source>
        <translation>Ngày phải nằm trong khoảng năm 1900–2100.</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>Ngày bắt đầu ({start}) sau ngày kết thúc ({end}).</translation>
    </message>
    <message>
        <source>The export could not be noted in the data file's export log.</source>
        <translation>Đã lưu báo cáo, nhưng không ghi được vào nhật ký xuất báo cáo của tệp dữ liệu (tệp hoặc thư mục chỉ đọc).</translation>
    </message>
    <message>
        <source>The unit's names are not filled in (File → Unit details): the heading shows dots.</source>
        <translation>Tên đơn vị chưa được ghi (Tệp → Thông tin đơn vị): phần đầu báo cáo để dấu chấm thay cho tên.</translation>
    </message>
    <message>
        <source>--members must be a number from 1 to {most}.</source>
        <translation>--members phải là một số từ 1 đến {most}.</translation>
    </message>
    <message>
        <source>Removed from the copy (not made by CCB Desktop): {objects}</source>
        <translation>Đã gỡ khỏi bản sao (không do CCB Desktop tạo ra): {objects}</translation>
    </message>
    <message>
        <source>The data file contains things CCB Desktop does not make (removed when it is opened or restored): {objects}</source>
        <translation>Tệp dữ liệu có những thành phần không do CCB Desktop tạo ra (sẽ được gỡ bỏ khi mở hoặc khôi phục tệp): {objects}</translation>
    </message>
    <message>
        <source>which sheet (needed when the workbook has several)</source>
        <translation>trang tính nào (cần khi tệp có nhiều trang)</translation>
    </message>
    <message>
        <source>The workbook has several sheets; choose one with --sheet NAME:</source>
        <translation>Tệp có nhiều trang tính; hãy chọn một trang bằng --sheet TÊN:</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{sheet}”. Its sheets:</source>
        <translation>Tệp không có trang tính tên “{sheet}”. Các trang của tệp:</translation>
    </message>
    <message>
        <source>Columns left aside (not imported):</source>
        <translation>Các cột để riêng (không nhập):</translation>
    </message>
    <message>
        <source>(no heading, holds values)</source>
        <translation>(không có tiêu đề, có dữ liệu)</translation>
    </message>
    <message>
        <source>the chi hội's name; each name gets members of its own (for a ward's tests)</source>
        <translation>tên chi hội; mỗi tên có hội viên riêng (để thử tệp của phường)</translation>
    </message>
    <message>
        <source>mừng thọ, Party badges and medal candidates of a year</source>
        <translation>danh sách mừng thọ, Huy hiệu Đảng và đề nghị Kỷ niệm chương của một năm</translation>
    </message>
    <message>
        <source>the year (this year if not given)</source>
        <translation>năm (năm nay nếu không ghi)</translation>
    </message>
    <message>
        <source>draft the year-end (or six-month) review as a Word document</source>
        <translation>soạn báo cáo tổng kết năm (hoặc sơ kết 6 tháng) ra tệp Word</translation>
    </message>
    <message>
        <source>the document to write</source>
        <translation>tệp văn bản sẽ ghi</translation>
    </message>
    <message>
        <source>the six-month review of the first or second half</source>
        <translation>sơ kết 6 tháng đầu (1) hoặc cuối năm (2)</translation>
    </message>
    <message>
        <source>a ward file: the chi hội the roster is for (added if the ward has none)</source>
        <translation>tệp của phường: danh sách này của chi hội nào (thêm chi hội nếu phường chưa có)</translation>
    </message>
    <message>
        <source>No Kỷ niệm chương candidates are listed: the unit has not entered the criterion (years in the Hội) in the unit details.</source>
        <translation>Chưa liệt kê ai đề nghị Kỷ niệm chương: đơn vị chưa nhập tiêu chí (số năm tuổi Hội) trong Thông tin đơn vị.</translation>
    </message>
    <message>
        <source>Give either --year (with --half) or --from/--to.</source>
        <translation>Chỉ cho --year (kèm --half) hoặc --from/--to, không cho cả hai.</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Hãy cho cả --from và --to.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the .docx file.</source>
        <translation>{path} là một thư mục: hãy cho tên tệp .docx.</translation>
    </message>
    <message>
        <source>The review is written as a Word file: end the name with .docx.</source>
        <translation>Báo cáo được ghi ra tệp Word: tên tệp phải kết thúc bằng .docx.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Đã ghi {path}.</translation>
    </message>
    <message>
        <source>write the chi hội's package for the ward (Gửi lên phường)</source>
        <translation>ghi tệp gửi lên phường của chi hội (Gửi lên phường)</translation>
    </message>
    <message>
        <source>the package to write</source>
        <translation>tệp gửi lên phường cần ghi</translation>
    </message>
    <message>
        <source>the ward file, holding the chi hội's packages</source>
        <translation>tệp của phường, chứa tệp các chi hội gửi lên</translation>
    </message>
    <message>
        <source>take a chi hội's package into the ward file</source>
        <translation>nhận tệp của một chi hội vào tệp của phường</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>tệp chi hội gửi lên</translation>
    </message>
    <message>
        <source>the ward file (created if missing)</source>
        <translation>tệp của phường (tạo mới nếu chưa có)</translation>
    </message>
    <message>
        <source>add the package's chi hội if the ward does not know it</source>
        <translation>thêm chi hội của tệp này nếu phường chưa có</translation>
    </message>
    <message>
        <source>when the ward file is created: the province Hội it reports to</source>
        <translation>khi tạo tệp của phường: tên Hội CCB tỉnh (cấp trên của phường)</translation>
    </message>
    <message>
        <source>Wrote the package of {name} for {year} to {path} ({members} members).</source>
        <translation>Đã ghi tệp gửi lên phường của {name} năm {year} vào {path} ({members} hội viên).</translation>
    </message>
    <message>
        <source>The ward file already holds this package of {name}: nothing was changed.</source>
        <translation>Tệp của phường đã có đúng tệp này của {name}: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Took in the package of {name}: members {added} added, {left} gone, {changed} changed; meetings {m_added} added, {m_removed} gone, {m_changed} changed; support cases {c_added} added, {c_removed} gone, {c_changed} changed. Edit → Undo takes it back.</source>
        <translation>Đã nhận tệp của {name}: hội viên thêm {added}, bớt {left}, thay đổi {changed}; buổi sinh hoạt thêm {m_added}, bớt {m_removed}, thay đổi {m_changed}; hồ sơ giúp đỡ thêm {c_added}, bớt {c_removed}, thay đổi {c_changed}. Sửa → Hoàn tác để lấy lại như cũ.</translation>
    </message>
    <message>
        <source>--chi-hoi is for a ward file; this is a chi hội's own.</source>
        <translation>--chi-hoi chỉ dùng cho tệp của phường; tệp này là sổ của một chi hội.</translation>
    </message>
    <message>
        <source>This is a ward file: say which chi hội the roster is for with --chi-hoi NAME. Its chi hội: {names}</source>
        <translation>Đây là tệp của phường: hãy ghi danh sách này của chi hội nào bằng --chi-hoi TÊN. Các chi hội của phường: {names}</translation>
    </message>
    <message>
        <source>Added the chi hội {name} to the ward.</source>
        <translation>Đã thêm {name} vào tệp của phường.</translation>
    </message>
    <message>
        <source>set, change or remove a data file's password (passwords are read from standard input)</source>
        <translation>đặt, đổi hoặc bỏ mật khẩu của tệp dữ liệu (mật khẩu đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>set, change or remove</source>
        <translation>set (đặt), change (đổi) hoặc remove (bỏ)</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>tệp dữ liệu</translation>
    </message>
    <message>
        <source>Password for {path}: </source>
        <translation>Mật khẩu của {path}: </translation>
    </message>
    <message>
        <source>The data file already has a password: use `password change` or `password remove`.</source>
        <translation>Tệp dữ liệu đã có mật khẩu: dùng `password change` hoặc `password remove`.</translation>
    </message>
    <message>
        <source>The data file has no password.</source>
        <translation>Tệp dữ liệu chưa có mật khẩu.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Mật khẩu hiện tại: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Nhập lại mật khẩu mới: </translation>
    </message>
    <message>
        <source>The password was removed: the data file is no longer encrypted.</source>
        <translation>Đã bỏ mật khẩu: tệp dữ liệu không còn được mã hóa.</translation>
    </message>
    <message>
        <source>The data file is now encrypted with the new password.</source>
        <translation>Tệp dữ liệu đã được mã hóa bằng mật khẩu mới.</translation>
    </message>
    <message>
        <source>Recovery code (write it on paper and keep it safe; it opens the file if the password is forgotten, and is shown only now):</source>
        <translation>Mã khôi phục (chép ra giấy và cất giữ cẩn thận; mã này mở được tệp khi quên mật khẩu, và chỉ hiện ra lần này):</translation>
    </message>
    <message>
        <source>Password of the chi hội's package {path}: </source>
        <translation>Mật khẩu của tệp chi hội gửi lên {path}: </translation>
    </message>
    <message>
        <source>Warning: the copy was protected by a password, but {path} has none, so the restored data is not protected. Set one with: ccb-desktop password set --data {path}</source>
        <translation>Lưu ý: bản sao có mật khẩu nhưng tệp {path} không có, nên dữ liệu vừa phục hồi chưa được bảo vệ. Hãy đặt mật khẩu bằng lệnh: ccb-desktop password set --data {path}</translation>
    </message>
    <message>
        <source>Dues and funds: {count} entries (rates, payments, remittances, fund lines) added, changed or gone.</source>
        <translation>Hội phí và quỹ: {count} dòng (mức thu, lần nộp, lần nộp lên phường, thu chi quỹ) được thêm, sửa hoặc bớt.</translation>
    </message>
    <message>
        <source>take the package in even if it was made before the one the ward file holds</source>
        <translation>nhận tệp kể cả khi tệp được lập trước tệp mà tệp của phường đang giữ</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>signed consent form (phiếu đồng ý)</source>
        <translation>ký phiếu đồng ý</translation>
    </message>
    <message>
        <source>other writing (letter, application)</source>
        <translation>văn bản khác (thư, đơn)</translation>
    </message>
    <message>
        <source>said at a meeting, noted in the minutes</source>
        <translation>nói tại buổi sinh hoạt, ghi vào biên bản</translation>
    </message>
    <message>
        <source>Keeping the member register of the chi hội; meetings and attendance; helping member households out of poverty; the reports the Hội CCB of the ward asks for.</source>
        <translation>Quản lý hội viên của chi hội; sinh hoạt và điểm danh; giúp hộ hội viên thoát nghèo; các báo cáo Hội CCB phường yêu cầu.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent: %1</source>
        <translation>Đồng ý xử lý dữ liệu: %1</translation>
    </message>
    <message>
        <source>The law on personal data (Luật 91/2025/QH15) asks for each member's consent to keeping their data, sensitive data included. Print the form, have it signed, keep it, and note here when and how it was given.</source>
        <translation>Luật Bảo vệ dữ liệu cá nhân (Luật 91/2025/QH15) yêu cầu có sự đồng ý của từng hội viên để lưu giữ dữ liệu của họ, kể cả dữ liệu nhạy cảm. Hãy in phiếu, mời hội viên ký, cất giữ phiếu và ghi ở đây ngày và hình thức đồng ý.</translation>
    </message>
    <message>
        <source>Consent on file since %1.</source>
        <translation>Đã có sự đồng ý từ ngày %1.</translation>
    </message>
    <message>
        <source>No consent on file yet.</source>
        <translation>Chưa có sự đồng ý.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Ngày đồng ý:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Print the consent form…</source>
        <translation>In phiếu đồng ý…</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Give the full date the consent was given.</source>
        <translation>Hãy ghi đủ ngày, tháng, năm đồng ý.</translation>
    </message>
    <message>
        <source>Note that %1 withdrew the consent? The record of the consent is removed.</source>
        <translation>Ghi nhận %1 đã rút lại sự đồng ý? Thông tin đồng ý sẽ được xóa.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>VI. Consent to keeping the data</source>
        <translation>VI. Đồng ý xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>No consent on file.</source>
        <translation>Chưa có sự đồng ý.</translation>
    </message>
    <message>
        <source>Given on %1, by %2, for: %3</source>
        <translation>Đồng ý ngày %1, hình thức: %2; mục đích: %3</translation>
    </message>
    <message>
        <source>full name, date of birth, sex, home town, address, phone number;</source>
        <translation>họ tên, ngày sinh, giới tính, quê quán, nơi ở, số điện thoại;</translation>
    </message>
    <message>
        <source>ethnicity, religion, Party membership (sensitive data);</source>
        <translation>dân tộc, tôn giáo, đảng viên (dữ liệu nhạy cảm);</translation>
    </message>
    <message>
        <source>service in the army, war invalid, sick soldier, Agent Orange (health: sensitive);</source>
        <translation>quá trình quân ngũ; thương binh, bệnh binh, chất độc da cam (sức khỏe: nhạy cảm);</translation>
    </message>
    <message>
        <source>the household's finances: poverty classification, help and loans (sensitive);</source>
        <translation>hoàn cảnh kinh tế gia đình: phân loại hộ nghèo, hỗ trợ và khoản vay (nhạy cảm);</translation>
    </message>
    <message>
        <source>meetings attended, movements and year-end evaluations.</source>
        <translation>việc dự sinh hoạt, biến động và xếp loại cuối năm.</translation>
    </message>
    <message>
        <source>I may see my data and get a copy of it, have it corrected, withdraw this consent and ask for my data to be erased at any time.</source>
        <translation>Tôi được xem và nhận bản sao dữ liệu của mình, được yêu cầu sửa, được rút lại sự đồng ý này và yêu cầu xóa dữ liệu của mình bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>The data is kept on the chi hội's computer and given to no one except the Hội CCB of the ward, in the reports it asks for.</source>
        <translation>Dữ liệu được lưu trên máy tính của chi hội, không cung cấp cho ai ngoài Hội CCB phường theo các báo cáo Hội yêu cầu.</translation>
    </message>
    <message>
        <source>I, the undersigned: %1, born %2, member of %3,</source>
        <translation>Tôi ký tên dưới đây: %1, sinh %2, hội viên %3,</translation>
    </message>
    <message>
        <source>agree that the chi hội records, keeps and uses my personal data below:</source>
        <translation>đồng ý để chi hội ghi chép, lưu giữ và sử dụng các dữ liệu cá nhân sau của tôi:</translation>
    </message>
    <message>
        <source>for these purposes: %1</source>
        <translation>với mục đích: %1</translation>
    </message>
    <message>
        <source>Date of consent: %1</source>
        <translation>Ngày đồng ý: %1</translation>
    </message>
    <message>
        <source>Head of the chi hội</source>
        <translation>Chi hội trưởng</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>Người đồng ý</translation>
    </message>
    <message>
        <source>Consent to the keeping of personal data</source>
        <translation>Phiếu đồng ý xử lý dữ liệu cá nhân</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Write the date as dd/mm/yyyy, mm/yyyy or yyyy (e.g. 15/08/1950).</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, tháng/năm hoặc chỉ năm (ví dụ 15/08/1950).</translation>
    </message>
    <message>
        <source>Write the year with four digits (e.g. 1950).</source>
        <translation>Ghi năm đủ bốn chữ số (ví dụ 1950).</translation>
    </message>
    <message>
        <source>There is no such date: {text}.</source>
        <translation>Không có ngày này: {text}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
</context>
<context>
    <name>DueListDialog</name>
    <message>
        <source>%1 members listed.</source>
        <translation>Danh sách có %1 hội viên.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Lưu ra Excel…</translation>
    </message>
    <message>
        <source>Open the member</source>
        <translation>Mở hồ sơ hội viên</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>At least %1 full years in the Hội on 6/12/%2, never awarded before</source>
        <translation>Đủ %1 năm tuổi Hội tính đến 6/12/%2, chưa được tặng</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <source>Head of the chi hội</source>
        <translation>Chi hội trưởng</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Lưu danh sách</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>Chưa lưu được danh sách</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>DuesCollection</name>
    <message>
        <source>Dues collected at the meeting of %1</source>
        <translation>Thu hội phí tại buổi sinh hoạt ngày %1</translation>
    </message>
    <message>
        <source>No dues rate</source>
        <translation>Chưa có mức hội phí</translation>
    </message>
    <message>
        <source>No dues rate applies to %1. Enter the rate first (Hội phí &amp; quỹ tab, Rates…).</source>
        <translation>Chưa có mức hội phí áp dụng cho ngày %1. Hãy nhập mức hội phí trước (thẻ Hội phí &amp; quỹ, nút Mức hội phí…).</translation>
    </message>
</context>
<context>
    <name>DuesLists</name>
    <message>
        <source>Delete the selected line</source>
        <translation>Xóa dòng đang chọn</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DuesTab</name>
    <message>
        <source>Mark paid…</source>
        <translation>Ghi đã nộp…</translation>
    </message>
    <message>
        <source>Select one or several squares of the book first.</source>
        <translation>Chọn trước một hoặc nhiều ô trong sổ.</translation>
    </message>
    <message>
        <source>Collect at a meeting…</source>
        <translation>Thu tại buổi sinh hoạt…</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Hủy ghi nộp</translation>
    </message>
    <message>
        <source>Exemptions…</source>
        <translation>Miễn hội phí…</translation>
    </message>
    <message>
        <source>Rates…</source>
        <translation>Mức hội phí…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>✓ paid · red: due and unpaid · Miễn: exempt · grey dash: not a member then. Select squares (Ctrl or Shift for several), then Mark paid.</source>
        <translation>✓ đã nộp · ô đỏ: đến hạn chưa nộp · Miễn: được miễn · gạch xám: khi đó chưa (không) là hội viên. Chọn ô (giữ Ctrl hoặc Shift để chọn nhiều ô), rồi bấm Ghi đã nộp.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>Periods owed</source>
        <translation>Số kỳ nợ</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Các kỳ</translation>
    </message>
    <message>
        <source>Owed (đồng)</source>
        <translation>Còn nợ (đồng)</translation>
    </message>
    <message>
        <source>Last present at a meeting</source>
        <translation>Lần dự sinh hoạt gần nhất</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation>Lần nộp gần nhất</translation>
    </message>
    <message>
        <source>Neither present at a meeting nor paid for 12 months (Điều lệ, Điều 10.3): a list for the chi hội to consider. The program never changes a status.</source>
        <translation>Không dự sinh hoạt và không nộp hội phí trong 12 tháng (Điều lệ, Điều 10.3): danh sách để chi hội xem xét. Chương trình không bao giờ tự đổi tình trạng hội viên.</translation>
    </message>
    <message>
        <source>Record money sent…</source>
        <translation>Ghi nộp lên phường…</translation>
    </message>
    <message>
        <source>Delete the selected line</source>
        <translation>Xóa dòng đang chọn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Các kỳ</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Dues book</source>
        <translation>Sổ hội phí</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <source>Sent to the ward</source>
        <translation>Nộp lên phường</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Quỹ</translation>
    </message>
    <message>
        <source>%1 member(s) owe %2 đồng in all, up to today.</source>
        <translation>%1 hội viên còn nợ tổng cộng %2 đồng, tính đến hôm nay.</translation>
    </message>
    <message>
        <source>Owing (%1)</source>
        <translation>Còn nợ (%1)</translation>
    </message>
    <message>
        <source>The ward's share of the dues collected: %1 đồng · sent: %2 đồng · still to send: %3 đồng.</source>
        <translation>Phần hội phí phải nộp lên phường: %1 đồng · đã nộp: %2 đồng · còn phải nộp: %3 đồng.</translation>
    </message>
    <message>
        <source>Paid (đồng)</source>
        <translation>Đã nộp (đồng)</translation>
    </message>
    <message>
        <source>Miễn</source>
        <translation>Miễn</translation>
    </message>
    <message>
        <source>%1: paid %2 đồng</source>
        <translation>%1: đã nộp %2 đồng</translation>
    </message>
    <message>
        <source>Collected for %1: %2 đồng.</source>
        <translation>Đã thu hội phí năm %1: %2 đồng.</translation>
    </message>
    <message>
        <source>No dues rate applies to this year. Enter the rate set by the Hội's regulation with Rates… (the program has none built in).</source>
        <translation>Năm này chưa có mức hội phí. Nhập mức theo quy định của Hội bằng nút Mức hội phí… (chương trình không có sẵn mức nào).</translation>
    </message>
    <message>
        <source>No dues rate</source>
        <translation>Chưa có mức hội phí</translation>
    </message>
    <message>
        <source>Enter the dues rate first (Rates…).</source>
        <translation>Hãy nhập mức hội phí trước (Mức hội phí…).</translation>
    </message>
    <message>
        <source>%1 payment(s) recorded.</source>
        <translation>Đã ghi %1 lượt nộp.</translation>
    </message>
    <message>
        <source>Collect at a meeting</source>
        <translation>Thu tại buổi sinh hoạt</translation>
    </message>
    <message>
        <source>No meeting is recorded in this year.</source>
        <translation>Năm này chưa ghi buổi sinh hoạt nào.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Buổi sinh hoạt:</translation>
    </message>
    <message>
        <source>Select the paid squares of one member first.</source>
        <translation>Chọn trước các ô đã nộp của một hội viên.</translation>
    </message>
    <message>
        <source>Remove what was recorded as paid in the selected squares?</source>
        <translation>Xóa những khoản đã ghi nộp trong các ô đang chọn?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>%1 payment(s) removed.</source>
        <translation>Đã xóa %1 lượt nộp.</translation>
    </message>
    <message>
        <source>Delete a remittance</source>
        <translation>Xóa lần nộp lên phường</translation>
    </message>
    <message>
        <source>Delete the selected remittance? (Ctrl+Z brings it back.)</source>
        <translation>Xóa lần nộp lên phường đang chọn? (Ctrl+Z để lấy lại.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Rate in force today: %1 đồng, %2.</source>
        <translation>Mức đang áp dụng: %1 đồng, %2.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Receipt into %1</source>
        <translation>Phiếu thu – %1</translation>
    </message>
    <message>
        <source>Payment from %1</source>
        <translation>Phiếu chi – %1</translation>
    </message>
    <message>
        <source>e.g. Hội viên đóng góp quỹ năm 2026</source>
        <translation>VD: Hội viên đóng góp quỹ năm 2026</translation>
    </message>
    <message>
        <source>e.g. Thăm hội viên ốm</source>
        <translation>VD: Thăm hội viên ốm</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không —</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Amount (đồng):</source>
        <translation>Số tiền (đồng):</translation>
    </message>
    <message>
        <source>Voucher number:</source>
        <translation>Số phiếu:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Diễn giải:</translation>
    </message>
    <message>
        <source>Member (if any):</source>
        <translation>Hội viên (nếu có):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data file {path} is busy: another program is using it. Close it there and try again.</source>
        <translation>Tệp dữ liệu {path} đang bận: một chương trình khác đang dùng nó. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be written (read-only file or folder). Copy it to a folder you can write to.</source>
        <translation>Không ghi được vào tệp dữ liệu {path} (tệp hoặc thư mục chỉ cho đọc). Hãy chép tệp sang một thư mục ghi được.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: chưa có gì được lưu. Hãy giải phóng bớt chỗ trống rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged or is not a CCB Desktop data file.</source>
        <translation>Tệp dữ liệu {path} bị hỏng hoặc không phải tệp dữ liệu của CCB Desktop.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened. If it is on a USB stick, check that the stick is plugged in.</source>
        <translation>Không mở được tệp dữ liệu {path}. Nếu tệp nằm trên USB, hãy kiểm tra USB đã được cắm vào máy.</translation>
    </message>
    <message>
        <source>The data file {path} could not be read or written.</source>
        <translation>Không đọc hoặc ghi được tệp dữ liệu {path}.</translation>
    </message>
    <message>
        <source>The file {path} is not a CCB Desktop data file.</source>
        <translation>Tệp {path} không phải tệp dữ liệu của CCB Desktop.</translation>
    </message>
    <message>
        <source>The data file {path} was written by a newer version of CCB Desktop. Install the newer version to open it; the file was not changed.</source>
        <translation>Tệp dữ liệu {path} được tạo bởi phiên bản CCB Desktop mới hơn. Hãy cài phiên bản mới hơn để mở; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file.</source>
        <translation>{path} là một thư mục, không phải tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The data file {path} does not exist.</source>
        <translation>Không có tệp dữ liệu {path}.</translation>
    </message>
    <message>
        <source>The folder for the data file {path} cannot be created.</source>
        <translation>Không tạo được thư mục cho tệp dữ liệu {path}.</translation>
    </message>
    <message>
        <source>The record was not saved: {count} field(s) need attention.</source>
        <translation>Chưa lưu hồ sơ: có {count} mục cần sửa.</translation>
    </message>
    <message>
        <source>This member's record no longer exists.</source>
        <translation>Hồ sơ hội viên này không còn nữa.</translation>
    </message>
    <message>
        <source>The record cannot be brought back: card number {number} now belongs to {name}.</source>
        <translation>Không khôi phục được hồ sơ: số thẻ {number} nay đã thuộc về {name}.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Buổi sinh hoạt này không còn nữa.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {path}.</source>
        <translation>Không ghi được vào thư mục {path}.</translation>
    </message>
    <message>
        <source>The file {path} could not be written. If it is open in another program, close it and try again.</source>
        <translation>Không ghi được tệp {path}. Nếu tệp đang mở trong chương trình khác, hãy đóng lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file {path} is already open in CCB Desktop on the computer “{host}” (user {user}, process {pid}). Close it there first: two copies writing one file could lose data.</source>
        <translation>Tệp dữ liệu {path} đang được mở trong CCB Desktop trên máy “{host}” (người dùng {user}, tiến trình {pid}). Hãy đóng chương trình ở đó trước: hai chương trình cùng ghi một tệp có thể làm mất dữ liệu.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of {path}.</source>
        <translation>Không đặt được bản sao lưu vào thay {path}.</translation>
    </message>
    <message>
        <source>This support case no longer exists.</source>
        <translation>Hồ sơ giúp đỡ này không còn nữa.</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) or is damaged.</source>
        <translation>{path} không phải tệp Excel (.xlsx) hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>{path} is far larger inside than a roster can be; it was not opened.</source>
        <translation>{path} có nội dung lớn bất thường so với một danh sách; chương trình không mở tệp này.</translation>
    </message>
    <message>
        <source>No header row with the members' names was found in {path}. The list needs a column headed “Họ và tên” (or “Tên”).</source>
        <translation>Không tìm thấy dòng tiêu đề có cột tên hội viên trong {path}. Danh sách cần có cột “Họ và tên” (hoặc “Tên”).</translation>
    </message>
    <message>
        <source>{path} could not be read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), then import that file.</source>
        <translation>Không đọc được {path}. Hãy mở bằng Excel hoặc LibreOffice, lưu lại thành .xlsx (Excel Workbook), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file {path} was not found.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <source>{path} is protected with a password. Open it in Excel with the password, remove it (File → Info → Protect Workbook → Encrypt with Password, clear the box), save, then import the file again.</source>
        <translation>Tệp {path} có đặt mật khẩu. Hãy mở tệp trong Excel bằng mật khẩu, bỏ mật khẩu đi (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa trống ô mật khẩu), lưu lại rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>{path} takes some of its values from other files (links). Open it in Excel, choose Data → Edit Links → Break Link, save, then import the file again.</source>
        <translation>Tệp {path} lấy một số giá trị từ tệp khác (liên kết). Hãy mở tệp trong Excel, chọn Dữ liệu → Sửa Nối kết → Ngắt Nối kết, lưu lại rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>{path} has more than {rows} rows, far more than any roster; it was not imported. Check that the right file and sheet were chosen.</source>
        <translation>{path} có hơn {rows} dòng, nhiều hơn hẳn mọi danh sách hội viên; tệp không được nhập. Hãy kiểm tra lại đã chọn đúng tệp và đúng trang chưa.</translation>
    </message>
    <message>
        <source>The file {path} is read-only: it was not replaced. Choose another name, or remove its read-only mark.</source>
        <translation>Tệp {path} là tệp chỉ đọc nên không bị ghi đè. Hãy chọn tên khác, hoặc bỏ thuộc tính chỉ đọc của tệp.</translation>
    </message>
    <message>
        <source>The data file is busy: another program is using it. Close it there and try again.</source>
        <translation>Tệp dữ liệu đang bận: một chương trình khác đang dùng nó. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file cannot be written (read-only file or folder). Copy it to a folder you can write to.</source>
        <translation>Không ghi được vào tệp dữ liệu (tệp hoặc thư mục chỉ cho đọc). Hãy chép tệp sang một thư mục ghi được.</translation>
    </message>
    <message>
        <source>The data file is damaged.</source>
        <translation>Tệp dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>The data file could not be read or written.</source>
        <translation>Không đọc hoặc ghi được tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The data file {path} was changed by another program: its structure is not the one CCB Desktop makes. Use a backup instead.</source>
        <translation>Tệp dữ liệu {path} đã bị một chương trình khác sửa đổi: cấu trúc không còn như CCB Desktop tạo ra. Hãy dùng một bản sao lưu thay thế.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file. Choose a file name inside a folder.</source>
        <translation>{path} không phải một tệp thông thường. Hãy chọn một tên tệp nằm trong một thư mục.</translation>
    </message>
    <message>
        <source>{path} is a CCB Desktop data file, one of its backups, its lock or its log: it is never written over. Choose another file name.</source>
        <translation>{path} là tệp dữ liệu của CCB Desktop, một bản sao lưu, tệp khóa hoặc nhật ký của nó: không bao giờ được ghi đè. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>The data file {path} already holds a register ({members} members). Sample data is written only to a new or empty file: nothing was changed.</source>
        <translation>Tệp dữ liệu {path} đã có sổ hội viên ({members} hội viên). Dữ liệu mẫu chỉ được ghi vào tệp mới hoặc tệp trống: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{path} is not a normal workbook: it holds constructions that Excel and LibreOffice never write, as files made to harm a computer do. It was not opened. Import the roster from a copy saved by Excel or LibreOffice.</source>
        <translation>{path} không phải một bảng tính bình thường: tệp có những cấu trúc mà Excel và LibreOffice không bao giờ tạo ra, như các tệp được làm ra để phá hại máy tính. Chương trình không mở tệp này. Hãy nhập danh sách từ một bản được lưu bằng Excel hoặc LibreOffice.</translation>
    </message>
    <message>
        <source>{path} has values as far as column {column}, far wider than any roster; it was not imported. Copy the list alone into a new workbook, save it and import that file.</source>
        <translation>{path} có dữ liệu đến tận cột {column}, rộng hơn hẳn mọi danh sách hội viên; tệp không được nhập. Hãy chép riêng phần danh sách sang một bảng tính mới, lưu lại rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>{path} has no sheet named “{sheet}”. Its sheets: {names}.</source>
        <translation>{path} không có trang nào tên “{sheet}”. Các trang trong tệp: {names}.</translation>
    </message>
    <message>
        <source>This fund no longer exists.</source>
        <translation>Quỹ này không còn nữa.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Dòng này không còn nữa.</translation>
    </message>
    <message>
        <source>This loan no longer exists.</source>
        <translation>Khoản vay này không còn nữa.</translation>
    </message>
    <message>
        <source>This is a ward file: first choose, above the tabs, the chi hội the record belongs to. Nothing was saved.</source>
        <translation>Đây là tệp của phường: trước hết hãy chọn chi hội (ở phía trên các thẻ) mà hồ sơ này thuộc về. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>This member is no longer in the file.</source>
        <translation>Hội viên này không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>This is a ward file: only a chi hội's own file is sent to the ward.</source>
        <translation>Đây là tệp của phường: chỉ tệp của một chi hội mới gửi lên phường.</translation>
    </message>
    <message>
        <source>The file {path} is not a whole chi hội package: it is damaged or is not a package. Ask the chi hội to send it again. Nothing was changed.</source>
        <translation>Tệp {path} không phải tệp chi hội gửi lên còn nguyên vẹn: tệp bị hỏng hoặc không phải tệp gửi lên phường. Hãy đề nghị chi hội gửi lại. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Không đọc được tệp {path}.</translation>
    </message>
    <message>
        <source>The package {path} was made by a newer version of the program ({version}). Install that version on this computer first. Nothing was changed.</source>
        <translation>Tệp {path} được tạo bởi phiên bản chương trình mới hơn ({version}). Hãy cài phiên bản đó trên máy này trước. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This data file is a chi hội's own register, not a ward file: packages are taken in only by a ward file. Nothing was changed.</source>
        <translation>Tệp dữ liệu này là sổ của một chi hội, không phải tệp của phường: chỉ tệp của phường mới nhận tệp chi hội gửi lên. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The package is from {name}, a chi hội this ward file does not know yet. To add it as a new chi hội of the ward, give --new (the window asks). Nothing was changed.</source>
        <translation>Tệp này của {name}, một chi hội chưa có trong tệp của phường. Muốn thêm làm chi hội mới của phường, hãy ghi thêm --new (trong cửa sổ chương trình sẽ hỏi). Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The password (or recovery code) for {path} is wrong. Check the keyboard's language and Caps Lock, and type it again.</source>
        <translation>Mật khẩu (hoặc mã khôi phục) của {path} không đúng. Hãy kiểm tra bộ gõ tiếng Việt và phím Caps Lock, rồi nhập lại.</translation>
    </message>
    <message>
        <source>The data file {path} is protected by a password. Give the password (or the recovery code) to open it.</source>
        <translation>Tệp dữ liệu {path} được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu (hoặc mã khôi phục) để mở.</translation>
    </message>
    <message>
        <source>The package {path} is protected by the chi hội's password. Give that password (or the chi hội's recovery code) to take it in; on the command line, in the CCB_PACKAGE_PASSWORD variable. Nothing was changed.</source>
        <translation>Tệp gửi lên {path} được bảo vệ bằng mật khẩu của chi hội. Cần nhập mật khẩu đó (hoặc mã khôi phục của chi hội) để nhận tệp; khi dùng dòng lệnh, đặt mật khẩu vào biến CCB_PACKAGE_PASSWORD. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Mật khẩu phải có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <source>The two entries of the new password differ. Type it again.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>The protection of {path} could not be changed; the file is as it was.</source>
        <translation>Không thay đổi được việc bảo vệ tệp {path}; tệp vẫn như cũ.</translation>
    </message>
    <message>
        <source>The date of the consent is in the future.</source>
        <translation>Ngày đồng ý ở trong tương lai.</translation>
    </message>
    <message>
        <source>Say for what the data is kept (the purposes).</source>
        <translation>Hãy ghi mục đích lưu giữ dữ liệu.</translation>
    </message>
    <message>
        <source>{name} is still a member: record the leaving (xóa tên, chuyển đi) first, then erase the data.</source>
        <translation>{name} vẫn đang là hội viên: hãy ghi biến động (xóa tên, chuyển đi) trước, rồi mới xóa dữ liệu.</translation>
    </message>
    <message>
        <source>The data file is still being opened.</source>
        <translation>Tệp dữ liệu đang được mở, xin chờ một chút.</translation>
    </message>
    <message>
        <source>The file {path} is damaged: its table {table} holds the same row twice ({columns} = {value}). Ask the chi hội to send it again. Nothing was changed.</source>
        <translation>Tệp {path} bị hỏng: bảng {table} của tệp có cùng một dòng hai lần ({columns} = {value}). Đề nghị chi hội gửi lại. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} is damaged: in its table {table}, row {row}, the column {column} holds {value}, which no chi hội's file can hold. Ask the chi hội to send it again. Nothing was changed.</source>
        <translation>Tệp {path} bị hỏng: trong bảng {table}, dòng {row}, cột {column} có giá trị {value}, điều mà tệp của chi hội không thể có. Đề nghị chi hội gửi lại. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The package of {name} was made on {made}, before the one the ward file took in (made on {newer}): taking it in would put older data back. To take it in all the same, give --older (the window asks). Nothing was changed.</source>
        <translation>Tệp của {name} được lập ngày {made}, trước tệp mà tệp của phường đã nhận (lập ngày {newer}): nhận tệp này sẽ đưa số liệu cũ hơn trở lại. Muốn vẫn nhận, thêm --older (cửa sổ chương trình sẽ hỏi). Chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Year-end evaluation %1</source>
        <translation>Đánh giá, xếp loại hội viên năm %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Give everyone not yet graded:</source>
        <translation>Xếp cho những người chưa xếp loại:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The grades are those of File → Unit details.</source>
        <translation>Các mức xếp loại lấy từ Tệp → Thông tin đơn vị.</translation>
    </message>
    <message>
        <source>The evaluation was not saved</source>
        <translation>Chưa lưu được kết quả xếp loại</translation>
    </message>
</context>
<context>
    <name>ExemptionsDialog</name>
    <message>
        <source>Dues exemptions</source>
        <translation>Miễn hội phí</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>e.g. ốm nặng dài ngày, hộ nghèo</source>
        <translation>VD: ốm nặng dài ngày, hộ nghèo</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Hội viên:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Until (empty: no end yet):</source>
        <translation>Đến ngày (để trống: chưa hết):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Hãy chọn hội viên.</translation>
    </message>
    <message>
        <source>Delete an exemption</source>
        <translation>Xóa miễn hội phí</translation>
    </message>
    <message>
        <source>Delete the selected exemption? (Ctrl+Z in the main window brings it back.)</source>
        <translation>Xóa dòng miễn hội phí đang chọn? (Ctrl+Z ở cửa sổ chính để lấy lại.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed since the last save?</source>
        <translation>Đóng cửa sổ này và bỏ những gì đã nhập từ lần lưu trước?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <source>Fund</source>
        <translation>Quỹ</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>Quỹ mới</translation>
    </message>
    <message>
        <source>e.g. Quỹ Nghĩa tình đồng đội</source>
        <translation>VD: Quỹ Nghĩa tình đồng đội</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>New fund…</source>
        <translation>Quỹ mới…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Receipt (Thu)…</source>
        <translation>Thu…</translation>
    </message>
    <message>
        <source>Payment (Chi)…</source>
        <translation>Chi…</translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation>Cho vay…</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Quỹ:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Tồn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Quỹ</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Ngày vay</translation>
    </message>
    <message>
        <source>Lent (đồng)</source>
        <translation>Số vay (đồng)</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <source>Support case</source>
        <translation>Hồ sơ hỗ trợ</translation>
    </message>
    <message>
        <source>Record a repayment…</source>
        <translation>Ghi trả nợ…</translation>
    </message>
    <message>
        <source>Contributed this year (đồng)</source>
        <translation>Đóng góp trong năm (đồng)</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>Sổ quỹ</translation>
    </message>
    <message>
        <source>Loans to members</source>
        <translation>Cho hội viên vay</translation>
    </message>
    <message>
        <source>Totals and contributions</source>
        <translation>Tổng hợp và đóng góp</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>có liên kết</translation>
    </message>
    <message>
        <source>%1: opening %2 + in %3 − out %4 = closing %5 đồng</source>
        <translation>%1: tồn đầu %2 + thu %3 − chi %4 = tồn cuối %5 đồng</translation>
    </message>
    <message>
        <source>All funds at the end of %1: %2 đồng; %3 đồng per member (%4 members).</source>
        <translation>Tổng các quỹ cuối năm %1: %2 đồng; bình quân %3 đồng/hội viên (%4 hội viên).</translation>
    </message>
    <message>
        <source>No fund yet: create one with New fund…</source>
        <translation>Chưa có quỹ nào: tạo quỹ bằng nút Quỹ mới…</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>Số dư đầu kỳ</translation>
    </message>
    <message>
        <source>Opening %1 + receipts %2 − payments %3 = closing %4 đồng.</source>
        <translation>Tồn đầu kỳ %1 + thu %2 − chi %3 = tồn cuối kỳ %4 đồng.</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Trả nợ</translation>
    </message>
    <message>
        <source>Select a loan first.</source>
        <translation>Chọn trước một khoản vay.</translation>
    </message>
    <message>
        <source>Select a line of the book first.</source>
        <translation>Chọn trước một dòng trong sổ.</translation>
    </message>
    <message>
        <source>Delete this loan and all its repayments? (Ctrl+Z brings them back.)</source>
        <translation>Xóa khoản vay này cùng mọi lần trả nợ? (Ctrl+Z để lấy lại.)</translation>
    </message>
    <message>
        <source>Delete the selected line? (Ctrl+Z brings it back.)</source>
        <translation>Xóa dòng đang chọn? (Ctrl+Z để lấy lại.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Save the meeting of {date}</source>
        <translation>Lưu buổi sinh hoạt ngày {date}</translation>
    </message>
    <message>
        <source>Delete the meeting of {date}</source>
        <translation>Xóa buổi sinh hoạt ngày {date}</translation>
    </message>
    <message>
        <source>Bring back a deleted meeting</source>
        <translation>Khôi phục buổi sinh hoạt đã xóa</translation>
    </message>
    <message>
        <source>Add member {name}</source>
        <translation>Thêm hội viên {name}</translation>
    </message>
    <message>
        <source>Edit member {name}</source>
        <translation>Sửa hồ sơ {name}</translation>
    </message>
    <message>
        <source>Record “{kind}” for {name}</source>
        <translation>Ghi “{kind}” cho {name}</translation>
    </message>
    <message>
        <source>Remove a movement of {name}</source>
        <translation>Xóa một biến động của {name}</translation>
    </message>
    <message>
        <source>Delete the record of {name}</source>
        <translation>Xóa hồ sơ {name}</translation>
    </message>
    <message>
        <source>Bring back the record of {name}</source>
        <translation>Khôi phục hồ sơ {name}</translation>
    </message>
    <message>
        <source>Change the unit details</source>
        <translation>Sửa thông tin đơn vị</translation>
    </message>
    <message>
        <source>Classify the household of {name} for {year}</source>
        <translation>Phân loại hộ {name} năm {year}</translation>
    </message>
    <message>
        <source>Open a support case for {name}</source>
        <translation>Mở hồ sơ giúp đỡ hộ {name}</translation>
    </message>
    <message>
        <source>Update the support case of {name}</source>
        <translation>Cập nhật hồ sơ giúp đỡ hộ {name}</translation>
    </message>
    <message>
        <source>Record help for {name}: {kind}</source>
        <translation>Ghi hỗ trợ hộ {name}: {kind}</translation>
    </message>
    <message>
        <source>Record a loan for {name}</source>
        <translation>Ghi khoản vay của hộ {name}</translation>
    </message>
    <message>
        <source>Record a visit to {name}</source>
        <translation>Ghi lần thăm hộ {name}</translation>
    </message>
    <message>
        <source>Year-end evaluation {year}</source>
        <translation>Đánh giá, xếp loại hội viên năm {year}</translation>
    </message>
    <message>
        <source>Import {count} members from {file}</source>
        <translation>Nhập {count} hội viên từ tệp {file}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Create the fund {name}</source>
        <translation>Tạo quỹ {name}</translation>
    </message>
    <message>
        <source>Rename the fund {name}</source>
        <translation>Đổi tên quỹ {name}</translation>
    </message>
    <message>
        <source>Record a receipt of {amount} đồng in {fund}</source>
        <translation>Ghi thu {amount} đồng vào {fund}</translation>
    </message>
    <message>
        <source>Record a payment of {amount} đồng from {fund}</source>
        <translation>Ghi chi {amount} đồng từ {fund}</translation>
    </message>
    <message>
        <source>Delete the line {content} of {amount} đồng</source>
        <translation>Xóa dòng {content} {amount} đồng</translation>
    </message>
    <message>
        <source>Lend {amount} đồng from {fund} to {name}</source>
        <translation>Cho {name} vay {amount} đồng từ {fund}</translation>
    </message>
    <message>
        <source>Record a repayment of {amount} đồng by {name}</source>
        <translation>Ghi {name} trả nợ {amount} đồng</translation>
    </message>
    <message>
        <source>Set the dues rate from {date}: {amount} đồng</source>
        <translation>Đặt mức hội phí từ {date}: {amount} đồng</translation>
    </message>
    <message>
        <source>Delete a dues rate</source>
        <translation>Xóa một mức hội phí</translation>
    </message>
    <message>
        <source>Exempt {name} from dues</source>
        <translation>Miễn hội phí cho {name}</translation>
    </message>
    <message>
        <source>Delete a dues exemption</source>
        <translation>Xóa một dòng miễn hội phí</translation>
    </message>
    <message>
        <source>Record dues paid by {names} ({count} period(s))</source>
        <translation>Ghi hội phí đã nộp: {names} ({count} kỳ)</translation>
    </message>
    <message>
        <source>Cancel dues recorded for {name}</source>
        <translation>Hủy ghi hội phí của {name}</translation>
    </message>
    <message>
        <source>Record {amount} đồng sent to the ward</source>
        <translation>Ghi nộp lên phường {amount} đồng</translation>
    </message>
    <message>
        <source>Delete a remittance to the ward</source>
        <translation>Xóa một lần nộp lên phường</translation>
    </message>
    <message>
        <source>Record a care visit to {name}</source>
        <translation>Ghi thăm hỏi {name}</translation>
    </message>
    <message>
        <source>Edit a care visit to {name}</source>
        <translation>Sửa lần thăm hỏi {name}</translation>
    </message>
    <message>
        <source>Delete a care visit to {name}</source>
        <translation>Xóa lần thăm hỏi {name}</translation>
    </message>
    <message>
        <source>Targets of {year}</source>
        <translation>Chỉ tiêu năm {year}</translation>
    </message>
    <message>
        <source>Record the consent of {name}</source>
        <translation>Ghi sự đồng ý của {name}</translation>
    </message>
    <message>
        <source>Withdraw the consent of {name}</source>
        <translation>Rút lại sự đồng ý của {name}</translation>
    </message>
    <message>
        <source>Add the chi hội {name}</source>
        <translation>Thêm chi hội {name}</translation>
    </message>
    <message>
        <source>Take in the package of {name} ({year})</source>
        <translation>Nhận tệp của {name} (năm {year})</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Family and middle names</source>
        <translation>Họ và chữ đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Home town</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Nơi ở hiện nay</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>ID card (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Enlisted</source>
        <translation>Ngày nhập ngũ</translation>
    </message>
    <message>
        <source>Left the army</source>
        <translation>Ngày ra quân</translation>
    </message>
    <message>
        <source>How service ended</source>
        <translation>Hình thức ra quân</translation>
    </message>
    <message>
        <source>Rank on leaving</source>
        <translation>Cấp bậc khi ra quân</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit before leaving</source>
        <translation>Đơn vị trước khi ra quân</translation>
    </message>
    <message>
        <source>Benefit received</source>
        <translation>Chế độ hưởng</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Year of joining the Party</source>
        <translation>Năm vào Đảng</translation>
    </message>
    <message>
        <source>Joined the Hội</source>
        <translation>Ngày vào Hội</translation>
    </message>
    <message>
        <source>Member card no.</source>
        <translation>Số thẻ hội viên</translation>
    </message>
    <message>
        <source>Card issued in</source>
        <translation>Năm cấp thẻ</translation>
    </message>
    <message>
        <source>Admitted as</source>
        <translation>Đối tượng kết nạp</translation>
    </message>
    <message>
        <source>Veteran or former soldier</source>
        <translation>CCB hay cựu quân nhân</translation>
    </message>
    <message>
        <source>Role in the Hội</source>
        <translation>Chức vụ trong Hội</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Commemorative medal</source>
        <translation>Kỷ niệm chương</translation>
    </message>
    <message>
        <source>War invalid</source>
        <translation>Thương binh</translation>
    </message>
    <message>
        <source>War invalid grade</source>
        <translation>Hạng thương binh</translation>
    </message>
    <message>
        <source>Sick soldier</source>
        <translation>Bệnh binh</translation>
    </message>
    <message>
        <source>Sick soldier grade</source>
        <translation>Hạng bệnh binh</translation>
    </message>
    <message>
        <source>Agent Orange (the member)</source>
        <translation>Chất độc da cam (bản thân)</translation>
    </message>
    <message>
        <source>Agent Orange (a child)</source>
        <translation>Chất độc da cam (con)</translation>
    </message>
    <message>
        <source>Martyr's family</source>
        <translation>Gia đình liệt sĩ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Paper no.</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Minutes by</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>record</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>service period</source>
        <translation>thời kỳ tham gia</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>biến động</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>buổi sinh hoạt</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>điểm danh</translation>
    </message>
    <message>
        <source>unit details</source>
        <translation>thông tin đơn vị</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>phân loại hộ</translation>
    </message>
    <message>
        <source>support case</source>
        <translation>hồ sơ giúp đỡ</translation>
    </message>
    <message>
        <source>help given</source>
        <translation>lần hỗ trợ</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>khoản vay</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>lần thăm</translation>
    </message>
    <message>
        <source>Cause of difficulty</source>
        <translation>Nguyên nhân khó khăn</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch giúp đỡ</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ngày mở hồ sơ</translation>
    </message>
    <message>
        <source>Escaped poverty in</source>
        <translation>Thoát nghèo năm</translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation>Lý do đóng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Người trao</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Ngày giải ngân</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <source>Outstanding balance</source>
        <translation>Dư nợ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nợ quá hạn</translation>
    </message>
    <message>
        <source>Balance as of</source>
        <translation>Dư nợ tính đến</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Hẹn thăm lại</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>Người đi thăm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Official category</source>
        <translation>Kết quả phân loại</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>Hội's own grade</source>
        <translation>Hội xếp loại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Rank group (rank not known)</source>
        <translation>Nhóm cấp bậc (chưa rõ bậc)</translation>
    </message>
    <message>
        <source>dues rate</source>
        <translation>mức hội phí</translation>
    </message>
    <message>
        <source>dues exemption</source>
        <translation>miễn hội phí</translation>
    </message>
    <message>
        <source>dues payment</source>
        <translation>hội phí đã nộp</translation>
    </message>
    <message>
        <source>remittance to the ward</source>
        <translation>nộp lên phường</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>quỹ</translation>
    </message>
    <message>
        <source>fund loan</source>
        <translation>khoản vay quỹ</translation>
    </message>
    <message>
        <source>fund receipt or payment</source>
        <translation>thu chi quỹ</translation>
    </message>
    <message>
        <source>Dues period</source>
        <translation>Kỳ hội phí</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Số biên lai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <source>Sent to the ward (đồng)</source>
        <translation>Nộp lên phường (đồng)</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>Từ kỳ</translation>
    </message>
    <message>
        <source>To period</source>
        <translation>Đến kỳ</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Receipt or payment</source>
        <translation>Thu hay chi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>chi hội</source>
        <translation>chi hội</translation>
    </message>
    <message>
        <source>chi hội name</source>
        <translation>tên chi hội</translation>
    </message>
    <message>
        <source>target</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>care visit</source>
        <translation>lần thăm hỏi</translation>
    </message>
    <message>
        <source>Party admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>sự đồng ý</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Nơi ở</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>Hẹn thăm</translation>
    </message>
    <message>
        <source>Presentation day</source>
        <translation>Ngày trao</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Quà tặng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Người đi thăm</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Money (đồng)</source>
        <translation>Tiền (đồng)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ký nhận</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần quan tâm</translation>
    </message>
    <message>
        <source>Members needing attention</source>
        <translation>Danh sách hội viên cần quan tâm</translation>
    </message>
    <message>
        <source>Visits due or overdue</source>
        <translation>Đến hạn thăm, quá hạn</translation>
    </message>
    <message>
        <source>Support visits due or overdue</source>
        <translation>Hộ được giúp đỡ đến hạn thăm, quá hạn</translation>
    </message>
    <message>
        <source>Mừng thọ in %1</source>
        <translation>Mừng thọ năm %1</translation>
    </message>
    <message>
        <source>Members celebrating mừng thọ in %1</source>
        <translation>Danh sách hội viên mừng thọ năm %1</translation>
    </message>
    <message>
        <source>Birthdays in month %2</source>
        <translation>Sinh nhật tháng %2</translation>
    </message>
    <message>
        <source>Members born in month %2</source>
        <translation>Danh sách hội viên sinh tháng %2</translation>
    </message>
    <message>
        <source>Party badges in %1</source>
        <translation>Huy hiệu Đảng năm %1</translation>
    </message>
    <message>
        <source>Huy hiệu Đảng milestones in %1 (for reference)</source>
        <translation>Danh sách đảng viên đủ mốc Huy hiệu Đảng năm %1 (tham khảo)</translation>
    </message>
    <message>
        <source>Kỷ niệm chương candidates</source>
        <translation>Đề nghị Kỷ niệm chương</translation>
    </message>
    <message>
        <source>Kỷ niệm chương candidates in %1</source>
        <translation>Danh sách hội viên đề nghị tặng Kỷ niệm chương năm %1</translation>
    </message>
    <message>
        <source>Traditional days of %1</source>
        <translation>Các ngày truyền thống năm %1</translation>
    </message>
    <message>
        <source>Care visits in %1</source>
        <translation>Thăm hỏi năm %1</translation>
    </message>
    <message>
        <source>Care visits to members in %1</source>
        <translation>Danh sách thăm hỏi, tặng quà hội viên năm %1</translation>
    </message>
    <message>
        <source>The year-end review is its own report, in the Reports tab.</source>
        <translation>Báo cáo tổng kết năm là một báo cáo riêng, trong thẻ Báo cáo.</translation>
    </message>
    <message>
        <source>Presentation day: the first of 3/2, 19/5, 2/9 and 7/11 on or after the anniversary of the Party admission (after 7/11: 3/2 of the next year). The Party cell proposes the badges; this list is for reference only.</source>
        <translation>Ngày trao: đợt đầu tiên trong các ngày 3/2, 19/5, 2/9, 7/11 kể từ ngày tròn năm vào Đảng (sau 7/11 thì 3/2 năm sau). Chi bộ đề nghị trao huy hiệu; danh sách này để tham khảo.</translation>
    </message>
    <message>
        <source>The unit must enter the criterion first: the years in the Hội a member needs (File → Unit details). No candidate is listed until then.</source>
        <translation>Đơn vị cần nhập tiêu chí trước: số năm tuổi Hội để được đề nghị (Tệp → Thông tin đơn vị). Chưa nhập thì chưa liệt kê ai.</translation>
    </message>
    <message>
        <source>Members with at least %1 full years in the Hội on 6/12, never awarded before; never posthumously.</source>
        <translation>Hội viên đủ %1 năm tuổi Hội tính đến ngày 6/12, chưa được tặng; không xét tặng truy tặng.</translation>
    </message>
    <message>
        <source>Full ages 70, 75, 80, 85, 90, 95 and 100 or more, reached in %1.</source>
        <translation>Tròn 70, 75, 80, 85, 90, 95 và từ 100 tuổi trở lên trong năm %1.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>members</source>
        <translation>hội viên</translation>
    </message>
    <message>
        <source>attending meetings</source>
        <translation>đang sinh hoạt</translation>
    </message>
    <message>
        <source>excused (miễn sinh hoạt)</source>
        <translation>miễn sinh hoạt</translation>
    </message>
    <message>
        <source>women</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>teams (tổ hội)</source>
        <translation>tổ hội</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Buổi sinh hoạt tới</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Record a care visit…</source>
        <translation>Ghi thăm hỏi…</translation>
    </message>
    <message>
        <source>Thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà: record who was visited</source>
        <translation>Thăm hỏi ốm đau, phúng viếng, chúc thọ, tặng quà: ghi lại đã thăm ai</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Members by age</source>
        <translation>Hội viên theo độ tuổi</translation>
    </message>
    <message>
        <source>Members by period of service (thời kỳ)</source>
        <translation>Hội viên theo thời kỳ tham gia quân đội</translation>
    </message>
    <message>
        <source>Attendance per meeting, last 12 months</source>
        <translation>Tỷ lệ dự sinh hoạt từng buổi, 12 tháng qua</translation>
    </message>
    <message>
        <source>Poor and near-poor member households</source>
        <translation>Hộ hội viên nghèo và cận nghèo</translation>
    </message>
    <message>
        <source>Members at the end of each year</source>
        <translation>Số hội viên cuối mỗi năm</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Nothing to draw yet.</source>
        <translation>Chưa có số liệu để vẽ.</translation>
    </message>
    <message>
        <source>No meeting with attendance in the last 12 months.</source>
        <translation>12 tháng qua chưa có buổi sinh hoạt nào được điểm danh.</translation>
    </message>
    <message>
        <source>No household classification recorded yet.</source>
        <translation>Chưa ghi kết quả phân loại hộ nào.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>for reference</source>
        <translation>tham khảo</translation>
    </message>
    <message>
        <source>from %1 years in the Hội</source>
        <translation>từ %1 năm tuổi Hội</translation>
    </message>
    <message>
        <source>Criterion not entered: File → Unit details</source>
        <translation>Chưa nhập tiêu chí: Tệp → Thông tin đơn vị</translation>
    </message>
    <message>
        <source>Traditional days of %1: the list each day needs</source>
        <translation>Các ngày truyền thống năm %1 (bấm để xem danh sách cần chuẩn bị)</translation>
    </message>
    <message>
        <source>%1 members, %2 đồng</source>
        <translation>%1 hội viên, %2 đồng</translation>
    </message>
    <message>
        <source>No meeting recorded yet.</source>
        <translation>Chưa ghi buổi sinh hoạt nào.</translation>
    </message>
    <message>
        <source>Last: %1, attendance taken.</source>
        <translation>Buổi gần nhất: %1, đã điểm danh.</translation>
    </message>
    <message>
        <source>Last: %1, attendance NOT taken.</source>
        <translation>Buổi gần nhất: %1, CHƯA điểm danh.</translation>
    </message>
    <message>
        <source>No meeting recorded in the previous period.</source>
        <translation>Kỳ trước chưa ghi buổi sinh hoạt nào.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>tháng %1</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Tự động: %1</translation>
    </message>
    <message>
        <source>Automatic: none yet</source>
        <translation>Tự động: chưa có</translation>
    </message>
    <message>
        <source>never copied off this PC</source>
        <translation>chưa sao ra USB lần nào</translation>
    </message>
    <message>
        <source>off this PC: %1 (%2 days ago)</source>
        <translation>ra USB: %1 (%2 ngày trước)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cần sao lưu</translation>
    </message>
    <message>
        <source>Copy to USB</source>
        <translation>Sao ra USB</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>Care visit recorded.</source>
        <translation>Đã ghi lần thăm hỏi.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Đang đếm số liệu…</translation>
    </message>
    <message>
        <source>Today: %1 (counting the figures again…)</source>
        <translation>Hôm nay: %1 (đang đếm lại số liệu…)</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The password is wrong. Check Caps Lock and the keyboard's language.</source>
        <translation>Mật khẩu không đúng. Hãy kiểm tra phím Caps Lock và bộ gõ tiếng Việt.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>No name on this line.</source>
        <translation>Dòng này không có tên.</translation>
    </message>
    <message>
        <source>Cannot read the date “{value}” in the column “{column}”.</source>
        <translation>Không đọc được ngày “{value}” ở cột “{column}”.</translation>
    </message>
    <message>
        <source>Cannot read the year “{value}” in the column “{column}”.</source>
        <translation>Không đọc được năm “{value}” ở cột “{column}”.</translation>
    </message>
    <message>
        <source>Cannot read “{value}” in the column “{column}”.</source>
        <translation>Không đọc được “{value}” ở cột “{column}”.</translation>
    </message>
    <message>
        <source>Two columns are read as “{field}”: {first} holds “{a}”, {second} holds “{b}”; the first was used.</source>
        <translation>Hai cột cùng được đọc là “{field}”: {first} ghi “{a}”, {second} ghi “{b}”; đã dùng cột thứ nhất.</translation>
    </message>
    <message>
        <source>“{value}” in the column “{column}” looks like a code from another program: kept as written, replace it with words in the member's record.</source>
        <translation>“{value}” ở cột “{column}” có vẻ là mã của một chương trình khác: đã giữ nguyên, hãy sửa thành chữ trong hồ sơ hội viên.</translation>
    </message>
    <message>
        <source>The phone number “{value}” in the column “{column}” is stored as a number, which loses its first 0: type it as text (e.g. 0912 345 678).</source>
        <translation>Số điện thoại “{value}” ở cột “{column}” được lưu dạng số nên mất số 0 đầu: hãy gõ lại dạng chữ (ví dụ 0912 345 678).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel: %1</source>
        <translation>Nhập từ Excel: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>hội viên</translation>
    </message>
    <message>
        <source>team heading (kept as the members' tổ hội)</source>
        <translation>tên tổ (ghi vào tổ hội của các hội viên bên dưới)</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>dòng đánh số cột</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>dòng tổng cộng</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>phần ký tên</translation>
    </message>
    <message>
        <source>no name: not imported</source>
        <translation>không có tên: không nhập</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>dòng trống</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Loại dòng</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>already registered as %1</source>
        <translation>đã có trong danh sách (%1)</translation>
    </message>
    <message>
        <source>Import %1 members</source>
        <translation>Nhập %1 hội viên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The whole import can be taken back with Edit → Undo.</source>
        <translation>Có thể hoàn tác toàn bộ lần nhập bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Chưa nhập được gì</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <source>Read again with these columns</source>
        <translation>Đọc lại theo các cột đã chọn</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— không dùng —</translation>
    </message>
    <message>
        <source>Leave out the lines with something that cannot be read, and write them to a workbook beside this file to correct and import again</source>
        <translation>Không nhập các dòng có chỗ không đọc được; ghi chúng ra một tệp Excel cạnh tệp này để sửa rồi nhập lại</translation>
    </message>
    <message>
        <source>The file is typed in the old %1 fonts; its text was converted to Unicode.</source>
        <translation>Tệp gõ bằng phông %1 cũ; chữ đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>For members already in the register, fill in the fields that are empty there (nothing already written is changed)</source>
        <translation>Với hội viên đã có trong danh sách, bổ sung các ô còn trống (không sửa gì đã ghi)</translation>
    </message>
    <message>
        <source>can fill in: %1</source>
        <translation>có thể bổ sung: %1</translation>
    </message>
    <message>
        <source>Complete %1 records</source>
        <translation>Bổ sung %1 hồ sơ</translation>
    </message>
    <message>
        <source>Header found on row %1.</source>
        <translation>Dòng tiêu đề ở dòng %1.</translation>
    </message>
    <message>
        <source>%1 new members will be added.</source>
        <translation>Sẽ thêm %1 hội viên mới.</translation>
    </message>
    <message>
        <source>%1 are already in the register: %2 of them will have empty fields filled in, the rest are left as they are.</source>
        <translation>%1 người đã có trong danh sách: %2 người sẽ được bổ sung các ô còn trống, số còn lại giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 are already in the register and will be left as they are.</source>
        <translation>%1 người đã có trong danh sách sẽ được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 lines have something that could not be read (last column): they will be left out and written to a workbook to correct.</source>
        <translation>%1 dòng có chỗ không đọc được (xem cột cuối): sẽ không nhập, mà ghi ra một tệp Excel để sửa.</translation>
    </message>
    <message>
        <source>%1 lines have something that could not be read (last column): they will be imported with that field left empty.</source>
        <translation>%1 dòng có chỗ không đọc được (xem cột cuối): vẫn nhập, để trống ô đó.</translation>
    </message>
    <message>
        <source>%1 lines have no name: they are left out and written to a workbook to correct.</source>
        <translation>%1 dòng không có tên: không nhập, mà ghi ra một tệp Excel để sửa.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Take in a chi hội's package</source>
        <translation>Nhận tệp của chi hội</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — report year %2, made on %3 by CCB Desktop %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — năm báo cáo %2, tạo ngày %3 bằng CCB Desktop %4</translation>
    </message>
    <message>
        <source>Take it in</source>
        <translation>Nhận vào</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This chi hội is new to the ward file: it will be added.</source>
        <translation>Chi hội này chưa có trong tệp của phường: sẽ được thêm vào.</translation>
    </message>
    <message>
        <source>The ward file already holds exactly this: nothing would change.</source>
        <translation>Tệp của phường đã có đúng như vậy: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Members added</source>
        <translation>Hội viên thêm mới</translation>
    </message>
    <message>
        <source>Members no longer in the chi hội's register</source>
        <translation>Hội viên không còn trong sổ của chi hội</translation>
    </message>
    <message>
        <source>Members whose record changed</source>
        <translation>Hội viên có thay đổi hồ sơ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed (with their attendance)</source>
        <translation>thêm %1, bớt %2, thay đổi %3 (kể cả điểm danh)</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Hồ sơ giúp đỡ</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed (with their help, loans and visits)</source>
        <translation>thêm %1, bớt %2, thay đổi %3 (kể cả hỗ trợ, khoản vay và lần thăm)</translation>
    </message>
    <message>
        <source>Only this chi hội's data in the ward file is replaced. Edit → Undo takes it back.</source>
        <translation>Chỉ dữ liệu của chi hội này trong tệp của phường được thay. Sửa → Hoàn tác để lấy lại như cũ.</translation>
    </message>
    <message>
        <source>Dues and funds</source>
        <translation>Hội phí và quỹ</translation>
    </message>
    <message>
        <source>%1 entries (rates, exemptions, payments, remittances, funds, their lines and loans) added, changed or removed</source>
        <translation>%1 dòng (mức thu, miễn nộp, lần nộp, lần nộp lên phường, quỹ, thu chi và cho vay) được thêm, sửa hoặc bớt</translation>
    </message>
    <message>
        <source>This package is older than the one already taken in (made on %1): taking it in puts older data back.</source>
        <translation>Tệp này cũ hơn tệp đã nhận (lập ngày %1): nhận tệp này sẽ đưa số liệu cũ hơn trở lại.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>Lend from %1</source>
        <translation>Cho vay từ %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>e.g. chăn nuôi bò sinh sản</source>
        <translation>VD: chăn nuôi bò sinh sản</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Hội viên:</translation>
    </message>
    <message>
        <source>Amount lent (đồng):</source>
        <translation>Số tiền vay (đồng):</translation>
    </message>
    <message>
        <source>Lent on:</source>
        <translation>Ngày vay:</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Hạn trả:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Voucher number:</source>
        <translation>Số phiếu:</translation>
    </message>
    <message>
        <source>If the member has an open support case, the loan is linked to it.</source>
        <translation>Nếu hội viên đang có hồ sơ hỗ trợ giảm nghèo, khoản vay được gắn vào hồ sơ đó.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Hãy chọn hội viên.</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Loan</source>
        <translation>Khoản vay</translation>
    </message>
    <message>
        <source>e.g. chăn nuôi bò sinh sản</source>
        <translation>ví dụ: chăn nuôi bò sinh sản</translation>
    </message>
    <message>
        <source>Lender:</source>
        <translation>Nguồn vay:</translation>
    </message>
    <message>
        <source>Amount lent (đồng):</source>
        <translation>Số tiền vay (đồng):</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Disbursed on:</source>
        <translation>Ngày giải ngân:</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Ngày đến hạn:</translation>
    </message>
    <message>
        <source>Outstanding balance (đồng):</source>
        <translation>Dư nợ (đồng):</translation>
    </message>
    <message>
        <source>Of which overdue (đồng):</source>
        <translation>Trong đó quá hạn (đồng):</translation>
    </message>
    <message>
        <source>Balance as of:</source>
        <translation>Dư nợ tính đến ngày:</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>The program was locked because it was left unused. The members' data is hidden. Type the password (or the recovery code) to go on.</source>
        <translation>Chương trình đã tự khóa vì để yên không dùng. Dữ liệu hội viên đang được che đi. Hãy nhập mật khẩu (hoặc mã khôi phục) để dùng tiếp.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>Tạo tệp dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Unit details…</source>
        <translation>Thông tin đơn &amp;vị…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Hội viên</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Thêm hội viên…</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Sửa hồ sơ hội viên…</translation>
    </message>
    <message>
        <source>Record &amp;movement…</source>
        <translation>Ghi &amp;biến động…</translation>
    </message>
    <message>
        <source>&amp;Delete record entered by mistake…</source>
        <translation>&amp;Xóa hồ sơ nhập nhầm…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tìm &amp;kiếm…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About CCB Desktop</source>
        <translation>&amp;Giới thiệu CCB Desktop</translation>
    </message>
    <message>
        <source>Member register</source>
        <translation>Sổ hội viên</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Unit details saved.</source>
        <translation>Đã lưu thông tin đơn vị.</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Tạo tệp dữ liệu mới</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use File → Open.</source>
        <translation>Đã có tệp %1. Hãy chọn tên khác, hoặc dùng Tệp → Mở tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>The data file was not opened</source>
        <translation>Chưa mở được tệp dữ liệu</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <source>About CCB Desktop</source>
        <translation>Giới thiệu CCB Desktop</translation>
    </message>
    <message>
        <source>CCB Desktop %1
The member register of a chi hội Cựu chiến binh.

Data file: %2</source>
        <translation>CCB Desktop %1
Sổ hội viên của chi hội Cựu chiến binh.

Tệp dữ liệu: %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation>&amp;Sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;New meeting and attendance…</source>
        <translation>Ghi buổi sinh hoạt và điểm &amp;danh…</translation>
    </message>
    <message>
        <source>Members who &amp;need attention</source>
        <translation>Hội viên cần &amp;quan tâm</translation>
    </message>
    <message>
        <source>Needs attention: %1 members</source>
        <translation>Cần quan tâm: %1 hội viên</translation>
    </message>
    <message>
        <source>No copy has left this PC for 30 days: back up now</source>
        <translation>Đã hơn 30 ngày chưa sao lưu ra USB: bấm để sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Back up to a USB stick or another folder…</source>
        <translation>&amp;Sao lưu ra USB / thư mục khác…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>Sao lưu tự động không thành công</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder for the copy</source>
        <translation>Chọn USB hoặc thư mục để ghi bản sao</translation>
    </message>
    <message>
        <source>The copy was not made</source>
        <translation>Chưa tạo được bản sao</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>The copy was written and checked:
%1

%2 members, %3 meetings.</source>
        <translation>Bản sao đã được ghi và kiểm tra:
%1

%2 hội viên, %3 buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Chưa khôi phục gì</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is kept in %1</source>
        <translation>Đã khôi phục. Dữ liệu trước khi khôi phục được giữ ở %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Nothing was undone</source>
        <translation>Chưa hoàn tác được</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <source>Poverty support</source>
        <translation>Giúp nhau giảm nghèo</translation>
    </message>
    <message>
        <source>&amp;Poverty support</source>
        <translation>&amp;Giảm nghèo</translation>
    </message>
    <message>
        <source>&amp;Open a support case…</source>
        <translation>&amp;Mở hồ sơ giúp đỡ…</translation>
    </message>
    <message>
        <source>&amp;Classify a household…</source>
        <translation>&amp;Phân loại hộ…</translation>
    </message>
    <message>
        <source>&amp;Visits due</source>
        <translation>Đến hạn &amp;thăm</translation>
    </message>
    <message>
        <source>Open a &amp;support case for this member…</source>
        <translation>Mở &amp;hồ sơ giúp đỡ cho hội viên này…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Needs attention…</source>
        <translation>Cần quan tâm…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Bản cài đặt này thiếu tệp hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Which sheet holds the members?</source>
        <translation>Trang tính nào chứa danh sách hội viên?</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Chưa nhập được tệp</translation>
    </message>
    <message>
        <source>Imported %1 members.</source>
        <translation>Đã nhập %1 hội viên.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xls *.ods)</source>
        <translation>Tệp Excel (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Imported %1 members. The lines left out, each with what is wrong in the column “Lỗi”, are in:
%2

Correct them there and import that file.</source>
        <translation>Đã nhập %1 hội viên. Các dòng chưa nhập, kèm lý do ở cột “Lỗi”, được ghi vào tệp:
%2

Hãy sửa lại trong tệp đó rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Filled in the empty fields of %1 members.</source>
        <translation>Đã bổ sung thông tin còn trống cho %1 hội viên.</translation>
    </message>
    <message>
        <source>No USB backup for 30 days</source>
        <translation>30 ngày chưa sao lưu ra USB</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo “%1”? Everything this action did is taken back at once. Edit → Redo (Ctrl+Y) does it again.</source>
        <translation>Hoàn tác “%1”? Mọi thay đổi của việc này sẽ được hoàn tác cùng một lúc. Sửa → Làm lại (Ctrl+Y) để làm lại.</translation>
    </message>
    <message>
        <source>Undo it all</source>
        <translation>Hoàn tác tất cả</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Nothing was redone</source>
        <translation>Chưa làm lại được</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Đã làm lại: %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Không có gì để in</translation>
    </message>
    <message>
        <source>Dues &amp;&amp; funds</source>
        <translation>Hội phí &amp;&amp; quỹ</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Bảo vệ dữ liệu…</translation>
    </message>
    <message>
        <source>Record of e&amp;xports…</source>
        <translation>Sổ ghi &amp;xuất dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Consent to keeping the data…</source>
        <translation>Đồng ý &amp;xử lý dữ liệu…</translation>
    </message>
    <message>
        <source>The member's own &amp;record, for them…</source>
        <translation>&amp;Hồ sơ cấp cho hội viên…</translation>
    </message>
    <message>
        <source>E&amp;rase a former member's data…</source>
        <translation>Xóa &amp;dữ liệu của người đã rời chi hội…</translation>
    </message>
    <message>
        <source>No member chosen</source>
        <translation>Chưa chọn hội viên</translation>
    </message>
    <message>
        <source>Choose a member in the Members tab first.</source>
        <translation>Hãy chọn một hội viên ở thẻ Hội viên trước.</translation>
    </message>
    <message>
        <source>%1 died: the roll of departed comrades keeps the name, date of birth, home town, date of joining and card number. Everything else is erased.</source>
        <translation>%1 đã từ trần: sổ truy điệu giữ lại họ tên, ngày sinh, quê quán, ngày vào Hội và số thẻ. Mọi thông tin khác bị xóa.</translation>
    </message>
    <message>
        <source>The record keeps only its number (#%2), sex, status and the dates of its movements and meetings attended, so that past reports stay right. The name and everything else of %1 is erased.</source>
        <translation>Hồ sơ chỉ còn giữ số thứ tự (#%2), giới tính, tình trạng, ngày các biến động và các buổi đã dự, để các báo cáo đã làm vẫn đúng. Họ tên và mọi thông tin khác của %1 bị xóa.</translation>
    </message>
    <message>
        <source>Erased are: phone, address, ID card, ethnicity, religion, Party membership, army service, health and policy groups, notes, the household's poverty records, help, loans and visits, evaluations and the consent, and their history. This cannot be undone. Backups made before keep the data until they are rotated out (7 days, 12 months).</source>
        <translation>Bị xóa: số điện thoại, nơi ở, CCCD, dân tộc, tôn giáo, đảng viên, quá trình quân ngũ, diện chính sách và sức khỏe, ghi chú, hồ sơ hộ nghèo, hỗ trợ, khoản vay và lần thăm, xếp loại, sự đồng ý, cùng lịch sử thay đổi của chúng. Việc này không hoàn tác được. Các bản sao lưu làm trước đó vẫn còn dữ liệu cho đến khi được thay thế (sau 7 ngày, 12 tháng).</translation>
    </message>
    <message>
        <source>Erase the member's data</source>
        <translation>Xóa dữ liệu của hội viên</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nothing was erased</source>
        <translation>Chưa xóa gì</translation>
    </message>
    <message>
        <source>The member's data was erased.</source>
        <translation>Đã xóa dữ liệu của hội viên.</translation>
    </message>
    <message>
        <source>The data file is now protected by a password.</source>
        <translation>Tệp dữ liệu đã được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>The password was removed: the data file is no longer encrypted.</source>
        <translation>Đã bỏ mật khẩu: tệp dữ liệu không còn được mã hóa.</translation>
    </message>
    <message>
        <source>The data is not protected</source>
        <translation>Dữ liệu chưa được bảo vệ</translation>
    </message>
    <message>
        <source>The copy was protected by a password, but this data file has none, so the restored data is not protected now. Set a password in File → Data protection…</source>
        <translation>Bản sao có mật khẩu nhưng tệp dữ liệu này không có, nên dữ liệu vừa phục hồi chưa được bảo vệ. Hãy đặt mật khẩu ở Tệp → Bảo vệ dữ liệu…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting and attendance</source>
        <translation>Buổi sinh hoạt và điểm danh</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Ghi buổi sinh hoạt mới</translation>
    </message>
    <message>
        <source>e.g. Nhà văn hóa khu phố 3</source>
        <translation>ví dụ: Nhà văn hóa khu phố 3</translation>
    </message>
    <message>
        <source>What was discussed and decided</source>
        <translation>Nội dung sinh hoạt và các nội dung đã thống nhất</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Minutes by:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Content and resolutions:</source>
        <translation>Nội dung, nghị quyết:</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Tất cả có mặt</translation>
    </message>
    <message>
        <source>Present (C)</source>
        <translation>Có mặt (C)</translation>
    </message>
    <message>
        <source>Absent with reason (P)</source>
        <translation>Vắng có lý do (P)</translation>
    </message>
    <message>
        <source>Absent without reason (K)</source>
        <translation>Vắng không lý do (K)</translation>
    </message>
    <message>
        <source>Press “Everyone present”, then pick the absent: arrow keys to move, C present, P absent with reason (then type the reason), K absent without reason.</source>
        <translation>Bấm “Tất cả có mặt”, rồi chọn những người vắng: dùng phím mũi tên để di chuyển, phím C là có mặt, P là vắng có lý do (rồi gõ lý do), K là vắng không lý do.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Present %1 · absent with reason %2 · without reason %3 · expected %4 · excused from meetings %5</source>
        <translation>Có mặt %1 · vắng có lý do %2 · vắng không lý do %3 · phải dự %4 · miễn sinh hoạt %5</translation>
    </message>
    <message>
        <source>not marked yet %1</source>
        <translation>chưa điểm danh %1</translation>
    </message>
    <message>
        <source>The meeting was not saved</source>
        <translation>Chưa lưu được buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Close and lose the attendance and details you entered?</source>
        <translation>Đóng và bỏ phần điểm danh, nội dung vừa nhập?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>Change history of the meeting</source>
        <translation>Lịch sử thay đổi của buổi sinh hoạt</translation>
    </message>
    <message>
        <source>A meeting on %1 is already recorded (%2, present %3 of %4). Two meetings on the same date are usually the same meeting entered twice, and a second sheet changes who has missed meetings in a row.</source>
        <translation>Ngày %1 đã có một buổi sinh hoạt được ghi (%2, có mặt %3 / %4). Hai buổi cùng một ngày thường là một buổi bị ghi hai lần, và danh sách điểm danh thứ hai làm sai số buổi vắng liên tiếp của hội viên.</translation>
    </message>
    <message>
        <source>Meeting already recorded</source>
        <translation>Ngày này đã có buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Open the recorded meeting</source>
        <translation>Mở buổi đã ghi</translation>
    </message>
    <message>
        <source>Save as another meeting</source>
        <translation>Vẫn lưu thành buổi khác</translation>
    </message>
    <message>
        <source>Collect dues…</source>
        <translation>Thu hội phí…</translation>
    </message>
    <message>
        <source>Record the hội phí paid at this meeting; those marked present are ticked.</source>
        <translation>Ghi hội phí thu tại buổi sinh hoạt này; những người có mặt được đánh dấu sẵn.</translation>
    </message>
    <message>
        <source>Collect dues</source>
        <translation>Thu hội phí</translation>
    </message>
    <message>
        <source>Mark who is present first: their names are ticked in the dues form.</source>
        <translation>Hãy điểm danh người có mặt trước: tên họ sẽ được đánh dấu sẵn trong phiếu thu hội phí.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>New meeting</source>
        <translation>Ghi buổi sinh hoạt mới</translation>
    </message>
    <message>
        <source>Record a meeting and take attendance</source>
        <translation>Ghi một buổi sinh hoạt và điểm danh</translation>
    </message>
    <message>
        <source>Open / take attendance</source>
        <translation>Mở / điểm danh</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Present / expected</source>
        <translation>Có mặt / phải dự</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Vắng liên tiếp</translation>
    </message>
    <message>
        <source>Rate, 12 months</source>
        <translation>Tỷ lệ 12 tháng</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Lần cuối dự</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Các buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần quan tâm</translation>
    </message>
    <message>
        <source>Attendance book of the year</source>
        <translation>Sổ theo dõi sinh hoạt năm</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <source>Current members absent from the last %1 meetings in a row, or present at fewer than %2% of the meetings of the last 12 months (change these in File → Unit details). Double-click a name to open the member.</source>
        <translation>Hội viên vắng %1 buổi sinh hoạt liên tiếp gần nhất, hoặc dự dưới %2% số buổi trong 12 tháng qua (thay đổi ở Tệp → Thông tin đơn vị). Bấm đúp vào tên để mở hồ sơ hội viên.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Cần quan tâm (%1)</translation>
    </message>
    <message>
        <source>Attendance book %1</source>
        <translation>Sổ theo dõi sinh hoạt %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Số buổi dự</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>Đã lưu buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Delete a meeting</source>
        <translation>Xóa buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Delete the meeting of %1 and its attendance? You can undo this with Ctrl+Z.</source>
        <translation>Xóa buổi sinh hoạt ngày %1 cùng phần điểm danh? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>Xóa buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Meeting deleted. Press Ctrl+Z to undo.</source>
        <translation>Đã xóa buổi sinh hoạt. Bấm Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Save as PDF for printing…</source>
        <translation>Lưu thành PDF để in…</translation>
    </message>
    <message>
        <source>MEETING ATTENDANCE BOOK, YEAR %1</source>
        <translation>SỔ THEO DÕI SINH HOẠT CHI HỘI NĂM %1</translation>
    </message>
    <message>
        <source>attendance-book-%1.pdf</source>
        <translation>so-theo-doi-sinh-hoat-%1.pdf</translation>
    </message>
    <message>
        <source>Save the attendance book</source>
        <translation>Lưu sổ theo dõi sinh hoạt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>C: present · P: absent with reason · K: absent without reason · M: excused from meetings · blank: not on that meeting's sheet (not yet or no longer a member, or entered after the attendance was taken) · ?: expected but not marked</source>
        <translation>C: có mặt · P: vắng có lý do · K: vắng không lý do · M: miễn sinh hoạt · để trống: không có trong danh sách buổi đó (chưa là hội viên, không còn là hội viên, hoặc được nhập sau khi điểm danh) · ?: phải dự nhưng chưa điểm danh</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Chi hội</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member: %1</source>
        <translation>Sửa hồ sơ hội viên: %1</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Thêm hội viên</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Bản thân</translation>
    </message>
    <message>
        <source>Family and middle names:</source>
        <translation>Họ và chữ đệm:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn</source>
        <translation>ví dụ: Nguyễn Văn</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>e.g. Đức: the word the list is sorted by</source>
        <translation>ví dụ: Đức — chữ dùng để xếp thứ tự danh sách</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Dân tộc:</translation>
    </message>
    <message>
        <source>Religion:</source>
        <translation>Tôn giáo:</translation>
    </message>
    <message>
        <source>Home town:</source>
        <translation>Quê quán:</translation>
    </message>
    <message>
        <source>Current address:</source>
        <translation>Nơi ở hiện nay:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>optional, 12 digits</source>
        <translation>không bắt buộc, 12 chữ số</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>ID card (CCCD):</source>
        <translation>Số CCCD:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Quân ngũ</translation>
    </message>
    <message>
        <source>Enlisted:</source>
        <translation>Ngày nhập ngũ:</translation>
    </message>
    <message>
        <source>Left the army:</source>
        <translation>Ngày ra quân:</translation>
    </message>
    <message>
        <source>How service ended:</source>
        <translation>Hình thức ra quân:</translation>
    </message>
    <message>
        <source>Rank on leaving:</source>
        <translation>Cấp bậc khi ra quân:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Unit before leaving:</source>
        <translation>Đơn vị trước khi ra quân:</translation>
    </message>
    <message>
        <source>Benefit received:</source>
        <translation>Chế độ hưởng:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <source>Periods served:</source>
        <translation>Thời kỳ tham gia:</translation>
    </message>
    <message>
        <source>Party and Hội</source>
        <translation>Đảng và Hội</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Đảng:</translation>
    </message>
    <message>
        <source>Joined the Hội:</source>
        <translation>Ngày vào Hội:</translation>
    </message>
    <message>
        <source>Member card no.:</source>
        <translation>Số thẻ hội viên:</translation>
    </message>
    <message>
        <source>Card issued in:</source>
        <translation>Năm cấp thẻ:</translation>
    </message>
    <message>
        <source>Admitted as:</source>
        <translation>Đối tượng kết nạp:</translation>
    </message>
    <message>
        <source>Veteran or former soldier:</source>
        <translation>CCB hay cựu quân nhân:</translation>
    </message>
    <message>
        <source>Role in the Hội:</source>
        <translation>Chức vụ trong Hội:</translation>
    </message>
    <message>
        <source>Team (tổ hội):</source>
        <translation>Tổ hội:</translation>
    </message>
    <message>
        <source>Commemorative medal, year:</source>
        <translation>Kỷ niệm chương, năm:</translation>
    </message>
    <message>
        <source>Policy groups</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Sensitive personal data (Law 91/2025/QH15): record only what the Hội's reports need. It is left out of exports unless you ask for it.</source>
        <translation>Dữ liệu cá nhân nhạy cảm (Luật 91/2025/QH15): chỉ ghi những gì báo cáo của Hội cần. Khi xuất danh sách, các mục này được bỏ ra trừ khi bạn yêu cầu.</translation>
    </message>
    <message>
        <source>e.g. 2/4 or 41%</source>
        <translation>ví dụ: 2/4 hoặc 41%</translation>
    </message>
    <message>
        <source>War invalid:</source>
        <translation>Thương binh:</translation>
    </message>
    <message>
        <source>e.g. 2/3 or 61%</source>
        <translation>ví dụ: 2/3 hoặc 61%</translation>
    </message>
    <message>
        <source>Sick soldier:</source>
        <translation>Bệnh binh:</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>Bản thân</translation>
    </message>
    <message>
        <source>A child of the member</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Agent Orange victim:</source>
        <translation>Nhiễm chất độc da cam:</translation>
    </message>
    <message>
        <source>Martyr's family:</source>
        <translation>Gia đình liệt sĩ:</translation>
    </message>
    <message>
        <source>Child or family of a martyr</source>
        <translation>Con hoặc gia đình liệt sĩ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>Paper no.</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Record a movement…</source>
        <translation>Ghi biến động…</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Tình trạng hiện nay: %1</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Xin sửa các mục có dòng chữ đỏ.</translation>
    </message>
    <message>
        <source>The member was not saved</source>
        <translation>Chưa lưu được hồ sơ hội viên</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Close the form and lose the changes you typed?</source>
        <translation>Đóng biểu mẫu và bỏ những gì vừa nhập?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
    <message>
        <source>Yes — grade or rate:</source>
        <translation>Có — hạng hoặc tỷ lệ:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Attended %1 of %2 meetings (%3) · last attended: %4 · absent in a row: %5</source>
        <translation>Dự %1/%2 buổi (%3) · lần cuối dự: %4 · vắng liên tiếp: %5 buổi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>No change recorded since the history began.</source>
        <translation>Chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Party member, admitted on</source>
        <translation>Đảng viên, ngày vào Đảng</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>Thăm hỏi</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Chi hội</source>
        <translation>Chi hội</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name, card no. or phone (Ctrl+F)…</source>
        <translation>Tìm theo tên, số thẻ hoặc số điện thoại (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Hội viên hiện có</translation>
    </message>
    <message>
        <source>Attending meetings</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <source>Excused from meetings</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Đã từ trần</translation>
    </message>
    <message>
        <source>Struck off</source>
        <translation>Đã xóa tên</translation>
    </message>
    <message>
        <source>Everyone ever registered</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
    <message>
        <source>Both sexes</source>
        <translation>Nam và nữ</translation>
    </message>
    <message>
        <source>Party: all</source>
        <translation>Đảng viên: tất cả</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Là đảng viên</translation>
    </message>
    <message>
        <source>Not Party members</source>
        <translation>Không là đảng viên</translation>
    </message>
    <message>
        <source>Policy groups: all</source>
        <translation>Chính sách: tất cả</translation>
    </message>
    <message>
        <source>Any policy group</source>
        <translation>Thuộc diện chính sách</translation>
    </message>
    <message>
        <source>War invalids</source>
        <translation>Thương binh</translation>
    </message>
    <message>
        <source>Sick soldiers</source>
        <translation>Bệnh binh</translation>
    </message>
    <message>
        <source>Agent Orange victims</source>
        <translation>Nhiễm chất độc da cam</translation>
    </message>
    <message>
        <source>Martyrs' families</source>
        <translation>Gia đình liệt sĩ</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm hội viên</translation>
    </message>
    <message>
        <source>Add a new member (Ctrl+N)</source>
        <translation>Thêm một hội viên mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Open the selected member's record (Enter)</source>
        <translation>Mở hồ sơ của hội viên đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Record movement</source>
        <translation>Ghi biến động</translation>
    </message>
    <message>
        <source>Admission, transfer, death, striking off, excusal (Ctrl+M)</source>
        <translation>Kết nạp, chuyển đến, chuyển đi, từ trần, xóa tên, miễn sinh hoạt (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Only for a record entered by mistake (Delete)</source>
        <translation>Chỉ dùng cho hồ sơ nhập nhầm (phím Delete)</translation>
    </message>
    <message>
        <source>No member matches. Clear the search or choose “Current members” and “Both sexes”.</source>
        <translation>Không có hội viên nào phù hợp. Hãy xóa ô tìm kiếm hoặc chọn lại “Hội viên hiện có” và “Nam và nữ”.</translation>
    </message>
    <message>
        <source>The register is empty</source>
        <translation>Chưa có hội viên nào</translation>
    </message>
    <message>
        <source>Start by entering your chi hội's members, one by one, from the paper register or your Excel list. Each member needs at least a given name; everything else can be filled in later.

First, check the unit details (File → Unit details) so that reports carry the right names.</source>
        <translation>Hãy bắt đầu bằng việc nhập hội viên của chi hội, lần lượt từng người, theo sổ giấy hoặc danh sách Excel đang có. Mỗi hội viên chỉ cần có tên; các mục khác có thể bổ sung sau.

Trước hết, hãy kiểm tra thông tin đơn vị (Tệp → Thông tin đơn vị) để báo cáo ghi đúng tên đơn vị.</translation>
    </message>
    <message>
        <source>Add the first member</source>
        <translation>Thêm hội viên đầu tiên</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tất cả các tổ</translation>
    </message>
    <message>
        <source>%1 shown · %2 records in the file</source>
        <translation>Đang hiện %1 · tổng số %2 hồ sơ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Role in the Hội</source>
        <translation>Chức vụ trong Hội</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Nơi ở</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Joined the Hội</source>
        <translation>Vào Hội</translation>
    </message>
    <message>
        <source>ID card (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Đã thêm hội viên.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Đã lưu thay đổi.</translation>
    </message>
    <message>
        <source>Recorded. Status now: %1</source>
        <translation>Đã ghi. Tình trạng hiện nay: %1</translation>
    </message>
    <message>
        <source>Delete a record</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Delete the record of %1?

Only do this for a record entered by mistake. A member who moves away, dies or is struck off keeps their record: use “Record movement” instead. You can undo the deletion with Ctrl+Z.</source>
        <translation>Xóa hồ sơ của %1?

Chỉ xóa hồ sơ nhập nhầm. Hội viên chuyển đi, từ trần hay bị xóa tên vẫn giữ hồ sơ: hãy dùng “Ghi biến động”. Có thể hoàn tác việc xóa bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Deleted %1. Press Ctrl+Z to undo.</source>
        <translation>Đã xóa %1. Bấm Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>No movement recorded.</source>
        <translation>Chưa ghi biến động nào.</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <source>Attended %1 of %2 meetings in the last 12 months (%3%)</source>
        <translation>Dự %1/%2 buổi sinh hoạt trong 12 tháng qua (%3%)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Last attended:</source>
        <translation>Lần cuối dự:</translation>
    </message>
    <message>
        <source>Absent in a row:</source>
        <translation>Số buổi vắng liên tiếp:</translation>
    </message>
    <message>
        <source>support case open since %1</source>
        <translation>có hồ sơ giúp đỡ từ %1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Hãy chọn một hội viên trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Record a movement</source>
        <translation>Ghi biến động</translation>
    </message>
    <message>
        <source>%1 — current status: %2</source>
        <translation>%1 — tình trạng hiện nay: %2</translation>
    </message>
    <message>
        <source>decision or letter of introduction no.</source>
        <translation>số quyết định hoặc giấy giới thiệu</translation>
    </message>
    <message>
        <source>e.g. where the member moved to, or the reason</source>
        <translation>ví dụ: chuyển về đâu, hoặc lý do</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Biến động:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Paper no.:</source>
        <translation>Số giấy:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No movement can follow this status.</source>
        <translation>Không thể ghi biến động nào sau tình trạng này.</translation>
    </message>
    <message>
        <source>Enter the date of the movement.</source>
        <translation>Hãy nhập ngày của biến động.</translation>
    </message>
    <message>
        <source>The movement was not recorded</source>
        <translation>Chưa ghi được biến động</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>ngày/tháng/năm, tháng/năm hoặc năm</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>The data file %1 is protected by a password.</source>
        <translation>Tệp dữ liệu %1 được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>If the password is forgotten, type the recovery code written down when it was set.</source>
        <translation>Nếu quên mật khẩu, hãy nhập mã khôi phục đã chép ra giấy khi đặt mật khẩu.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record dues paid</source>
        <translation>Ghi hội phí đã nộp</translation>
    </message>
    <message>
        <source>the rate of each period</source>
        <translation>theo mức của từng kỳ</translation>
    </message>
    <message>
        <source>Members who paid:</source>
        <translation>Hội viên nộp:</translation>
    </message>
    <message>
        <source>Periods paid (ahead too):</source>
        <translation>Các kỳ nộp (được nộp trước):</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>Ngày nộp:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Số biên lai:</translation>
    </message>
    <message>
        <source>Amount per period (đồng):</source>
        <translation>Số tiền mỗi kỳ (đồng):</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>search: %1</source>
        <translation>tìm: %1</translation>
    </message>
    <message>
        <source>Choose the report and its period in the Reports tab first.</source>
        <translation>Hãy chọn báo cáo và kỳ báo cáo trong thẻ Báo cáo trước.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Báo cáo xem trước</translation>
    </message>
    <message>
        <source>The member list as shown (%1 members)</source>
        <translation>Danh sách hội viên đang hiện (%1 hội viên)</translation>
    </message>
    <message>
        <source>Member's record (sơ yếu lý lịch): %1</source>
        <translation>Sơ yếu lý lịch hội viên: %1</translation>
    </message>
    <message>
        <source>Member's record (sơ yếu lý lịch)</source>
        <translation>Sơ yếu lý lịch hội viên</translation>
    </message>
    <message>
        <source>Choose a member in the Members tab first.</source>
        <translation>Hãy chọn một hội viên trong thẻ Hội viên trước.</translation>
    </message>
    <message>
        <source>Attendance sheet for signatures, blank, for the next meeting</source>
        <translation>Danh sách ký tên (để trống) cho buổi sinh hoạt tới</translation>
    </message>
    <message>
        <source>Attendance of the meeting on %1</source>
        <translation>Điểm danh buổi sinh hoạt ngày %1</translation>
    </message>
    <message>
        <source>Attendance of a meeting</source>
        <translation>Điểm danh một buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Choose a meeting in the Meetings tab first.</source>
        <translation>Hãy chọn một buổi sinh hoạt trong thẻ Sinh hoạt trước.</translation>
    </message>
    <message>
        <source>Attendance book of the year</source>
        <translation>Sổ theo dõi sinh hoạt năm</translation>
    </message>
    <message>
        <source>Support case with its history</source>
        <translation>Hồ sơ giúp đỡ hộ hội viên, kèm quá trình giúp đỡ</translation>
    </message>
    <message>
        <source>Choose a case in the Poverty support tab first.</source>
        <translation>Hãy chọn một hồ sơ trong thẻ Giúp nhau giảm nghèo trước.</translation>
    </message>
</context>
<context>
    <name>PrintMenuDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>What do you want to print?</source>
        <translation>Chọn nội dung cần in:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa cả trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem tất cả các trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>%1, day %2 month %3 year %4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <source>Head of the chi hội</source>
        <translation>Chi hội trưởng</translation>
    </message>
    <message>
        <source>List of members</source>
        <translation>Danh sách hội viên</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Dân tộc:</translation>
    </message>
    <message>
        <source>Religion:</source>
        <translation>Tôn giáo:</translation>
    </message>
    <message>
        <source>Home town:</source>
        <translation>Quê quán:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Nơi ở hiện nay:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>Enlisted:</source>
        <translation>Ngày nhập ngũ:</translation>
    </message>
    <message>
        <source>Discharged:</source>
        <translation>Ngày xuất ngũ:</translation>
    </message>
    <message>
        <source>Discharge:</source>
        <translation>Hình thức ra quân:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Cấp bậc:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Periods of service:</source>
        <translation>Thời kỳ tham gia quân đội:</translation>
    </message>
    <message>
        <source>Benefit:</source>
        <translation>Chế độ đang hưởng:</translation>
    </message>
    <message>
        <source>Party member:</source>
        <translation>Đảng viên:</translation>
    </message>
    <message>
        <source>Joined the Hội:</source>
        <translation>Ngày vào Hội:</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>Số thẻ hội viên:</translation>
    </message>
    <message>
        <source>Role in the Hội:</source>
        <translation>Chức vụ trong Hội:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Tổ hội:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>War invalid:</source>
        <translation>Thương binh:</translation>
    </message>
    <message>
        <source>Sick soldier:</source>
        <translation>Bệnh binh:</translation>
    </message>
    <message>
        <source>Agent Orange:</source>
        <translation>Nhiễm chất độc da cam:</translation>
    </message>
    <message>
        <source>self</source>
        <translation>bản thân</translation>
    </message>
    <message>
        <source>child</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Martyr's family:</source>
        <translation>Gia đình liệt sĩ:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>Paper no.</source>
        <translation>Số giấy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Confirmed by the chi hội</source>
        <translation>Xác nhận của chi hội</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>Bản thân</translation>
    </message>
    <message>
        <source>Member's record</source>
        <translation>Sơ yếu lý lịch hội viên</translation>
    </message>
    <message>
        <source>Meeting on %1 at %2</source>
        <translation>Buổi sinh hoạt ngày %1 tại %2</translation>
    </message>
    <message>
        <source>excused from meetings</source>
        <translation>miễn sinh hoạt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ký tên</translation>
    </message>
    <message>
        <source>Attendance sheet for signatures</source>
        <translation>Danh sách ký tên dự sinh hoạt</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Present %1 of %2 expected · absent with reason %3 · without reason %4</source>
        <translation>Có mặt %1/%2 người phải dự · vắng có lý do %3 · vắng không lý do %4</translation>
    </message>
    <message>
        <source>?: not marked</source>
        <translation>?: chưa điểm danh</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>Điểm danh buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance book %1</source>
        <translation>Sổ theo dõi sinh hoạt %1</translation>
    </message>
    <message>
        <source>Member household:</source>
        <translation>Hộ hội viên:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Ngày mở hồ sơ:</translation>
    </message>
    <message>
        <source>Cause of difficulty:</source>
        <translation>Nguyên nhân khó khăn:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch giúp đỡ:</translation>
    </message>
    <message>
        <source>Escaped poverty in:</source>
        <translation>Thoát nghèo năm:</translation>
    </message>
    <message>
        <source>%1 work days</source>
        <translation>%1 ngày công</translation>
    </message>
    <message>
        <source>outstanding %1, overdue %2</source>
        <translation>dư nợ %1, quá hạn %2</translation>
    </message>
    <message>
        <source>Loan: %1</source>
        <translation>Vay: %1</translation>
    </message>
    <message>
        <source>next visit %1</source>
        <translation>hẹn thăm %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Thăm hỏi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Support case of a member household</source>
        <translation>Hồ sơ giúp đỡ hộ hội viên</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence – Freedom – Happiness</source>
        <translation>Độc lập – Tự do – Hạnh phúc</translation>
    </message>
    <message>
        <source>%1 members listed.</source>
        <translation>Danh sách có %1 hội viên.</translation>
    </message>
    <message>
        <source>Photo 3×4</source>
        <translation>Ảnh 3×4</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>I. Identity</source>
        <translation>I. Bản thân</translation>
    </message>
    <message>
        <source>II. Service in the army</source>
        <translation>II. Quá trình trong quân đội</translation>
    </message>
    <message>
        <source>III. Party and Hội</source>
        <translation>III. Đảng và Hội</translation>
    </message>
    <message>
        <source>IV. Policy groups</source>
        <translation>IV. Diện chính sách</translation>
    </message>
    <message>
        <source>V. Movements</source>
        <translation>V. Biến động</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Classification by year:</source>
        <translation>Kết quả phân loại hộ theo năm:</translation>
    </message>
    <message>
        <source>Help, loans and visits</source>
        <translation>Các lần hỗ trợ, khoản vay và lần thăm</translation>
    </message>
    <message>
        <source>Money given in all: %1 đồng</source>
        <translation>Tổng số tiền đã hỗ trợ: %1 đồng</translation>
    </message>
</context>
<context>
    <name>Processing</name>
    <message>
        <source>Party membership</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>dân tộc</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>tôn giáo</translation>
    </message>
    <message>
        <source>war invalid, sick soldier, Agent Orange</source>
        <translation>thương binh, bệnh binh, chất độc da cam</translation>
    </message>
    <message>
        <source>household poverty, help and loans</source>
        <translation>hộ nghèo, hỗ trợ và khoản vay</translation>
    </message>
    <message>
        <source>yes (columns not noted)</source>
        <translation>có (không ghi rõ cột)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who (computer user)</source>
        <translation>Người xuất (tài khoản máy)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>Dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Record of personal data processing</source>
        <translation>Sổ ghi xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Files written from the member register (exports of reports)</source>
        <translation>Các tệp xuất từ sổ hội viên (xuất báo cáo)</translation>
    </message>
    <message>
        <source>No file has been exported yet.</source>
        <translation>Chưa xuất tệp nào.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>Head of the chi hội</source>
        <translation>Chi hội trưởng</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordDialog</name>
    <message>
        <source>Record of exports</source>
        <translation>Sổ ghi xuất dữ liệu</translation>
    </message>
    <message>
        <source>Every report written from the register to a file: when, by which computer user, what, and which sensitive data it carried. Print it as the record of processing personal data the law asks the chi hội to keep.</source>
        <translation>Mọi báo cáo đã xuất từ sổ hội viên ra tệp: thời gian, tài khoản máy nào, nội dung gì, có dữ liệu nhạy cảm nào. In ra làm sổ ghi xử lý dữ liệu cá nhân mà luật yêu cầu chi hội lưu giữ.</translation>
    </message>
    <message>
        <source>Print the record…</source>
        <translation>In sổ ghi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Data protection</source>
        <translation>Bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>This data file is protected by a password: it is encrypted on the disk, and so are its backups and USB copies. The program asks for the password when it starts and after it has been left idle.</source>
        <translation>Tệp dữ liệu này được bảo vệ bằng mật khẩu: tệp được mã hóa trên đĩa, các bản sao lưu và bản chép ra USB cũng vậy. Chương trình hỏi mật khẩu khi khởi động và sau khi để yên không dùng một lúc.</translation>
    </message>
    <message>
        <source>This data file has no password: anyone who copies it can read every member's record. A password encrypts it on the disk, with its backups and USB copies.</source>
        <translation>Tệp dữ liệu này chưa có mật khẩu: ai chép được tệp là đọc được hồ sơ của mọi hội viên. Đặt mật khẩu thì tệp được mã hóa trên đĩa, cùng các bản sao lưu và bản chép ra USB.</translation>
    </message>
    <message>
        <source>If the password is forgotten, only the recovery code shown when it is set opens the file. Without both, the data cannot be recovered by anyone. Copies made before the password was set are not protected.</source>
        <translation>Nếu quên mật khẩu, chỉ có mã khôi phục (hiện ra khi đặt mật khẩu) mở được tệp. Mất cả hai thì không ai lấy lại được dữ liệu. Các bản sao làm trước khi đặt mật khẩu không được bảo vệ.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source> minutes unused</source>
        <translation> phút không dùng</translation>
    </message>
    <message>
        <source>Lock the program after:</source>
        <translation>Tự khóa chương trình sau:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Bỏ mật khẩu</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tên &amp;tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Đã có tệp %1.
Bạn có muốn thay thế tệp đó không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Không lưu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Dues rates</source>
        <translation>Mức hội phí</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <source>Amount per period (đồng)</source>
        <translation>Mức mỗi kỳ (đồng)</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <source>Sent to the ward (đồng)</source>
        <translation>Nộp lên phường (đồng)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The program has no built-in rate: enter the amount, cycle and share set by the Hội's regulation. A period is charged the rate in force on its first day.</source>
        <translation>Chương trình không có sẵn mức hội phí: nhập mức, chu kỳ và phần nộp lên theo quy định của Hội. Mỗi kỳ tính theo mức đang áp dụng vào ngày đầu kỳ.</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>Áp dụng từ ngày:</translation>
    </message>
    <message>
        <source>Amount per period (đồng):</source>
        <translation>Số tiền mỗi kỳ (đồng):</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Chu kỳ:</translation>
    </message>
    <message>
        <source>Sent to the ward per period (đồng):</source>
        <translation>Nộp lên phường mỗi kỳ (đồng):</translation>
    </message>
    <message>
        <source>Note (the regulation):</source>
        <translation>Ghi chú (văn bản quy định):</translation>
    </message>
    <message>
        <source>Enter the amount per period.</source>
        <translation>Nhập số tiền mỗi kỳ.</translation>
    </message>
    <message>
        <source>Delete a rate</source>
        <translation>Xóa mức hội phí</translation>
    </message>
    <message>
        <source>Delete the selected rate? (Ctrl+Z in the main window brings it back.)</source>
        <translation>Xóa mức hội phí đang chọn? (Ctrl+Z ở cửa sổ chính để lấy lại.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Write this recovery code on paper and keep it in a safe place, away from the PC. It opens the data file and its backups if the password is forgotten. It is shown only now: nobody, not even the program's authors, can find it again.</source>
        <translation>Hãy chép mã khôi phục này ra giấy và cất ở nơi an toàn, không để cạnh máy tính. Mã này mở được tệp dữ liệu và các bản sao lưu khi quên mật khẩu. Mã chỉ hiện ra lần này: không ai, kể cả người làm ra chương trình, tìm lại được.</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Tôi đã chép mã khôi phục ra giấy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RemittanceDialog</name>
    <message>
        <source>Record money sent to the ward</source>
        <translation>Ghi nộp hội phí lên phường</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Amount (đồng):</source>
        <translation>Số tiền (đồng):</translation>
    </message>
    <message>
        <source>From period:</source>
        <translation>Từ kỳ:</translation>
    </message>
    <message>
        <source>To period:</source>
        <translation>Đến kỳ:</translation>
    </message>
    <message>
        <source>Voucher number:</source>
        <translation>Số phiếu:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Enter a dues rate first: there is no period yet.</source>
        <translation>Hãy nhập mức hội phí trước: chưa có kỳ nào.</translation>
    </message>
</context>
<context>
    <name>RepayDialog</name>
    <message>
        <source>Repayment by %1</source>
        <translation>%1 trả nợ</translation>
    </message>
    <message>
        <source>Still owed:</source>
        <translation>Còn nợ:</translation>
    </message>
    <message>
        <source>Amount repaid (đồng):</source>
        <translation>Số tiền trả (đồng):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Voucher number:</source>
        <translation>Số phiếu:</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Include sensitive columns (ethnicity, religion, policy groups)</source>
        <translation>Gồm các cột nhạy cảm (dân tộc, tôn giáo, diện chính sách)</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Lưu ra tệp Excel…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>The main figures of the report:</source>
        <translation>Các số liệu chính của báo cáo:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Chưa lưu được báo cáo</translation>
    </message>
    <message>
        <source>Saved %1 (%2 lines).</source>
        <translation>Đã lưu %1 (%2 dòng).</translation>
    </message>
    <message>
        <source>Year-end evaluation of members…</source>
        <translation>Đánh giá, xếp loại hội viên cuối năm…</translation>
    </message>
    <message>
        <source>From … to … (dates below)</source>
        <translation>Từ ngày … đến ngày … (chọn ở dưới)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Exported before (kept in the data file):</source>
        <translation>Các lần xuất trước (ghi trong tệp dữ liệu):</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Prints on %1 paper, landscape.</source>
        <translation>In trên giấy %1, khổ ngang.</translation>
    </message>
    <message>
        <source>Unit names missing</source>
        <translation>Chưa có tên đơn vị</translation>
    </message>
    <message>
        <source>The names of the ward Hội and of the chi hội are not filled in, so the report's heading would show dots instead. Fill them in with File → Unit details, or save the report as it is.</source>
        <translation>Tên Hội CCB phường và tên chi hội chưa được ghi, nên phần đầu báo cáo sẽ để dấu chấm thay cho tên. Hãy ghi ở Tệp → Thông tin đơn vị, hoặc vẫn lưu báo cáo như vậy.</translation>
    </message>
    <message>
        <source>Save as it is</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>The first rows of the table (%1 of %2):</source>
        <translation>Những dòng đầu của bảng (%1 trên %2 dòng):</translation>
    </message>
    <message>
        <source>The table has no rows for this period.</source>
        <translation>Bảng không có dòng nào trong kỳ này.</translation>
    </message>
    <message>
        <source>Targets of the year…</source>
        <translation>Chỉ tiêu năm…</translation>
    </message>
    <message>
        <source>Year-end review (Word)…</source>
        <translation>Báo cáo tổng kết năm…</translation>
    </message>
    <message>
        <source>Year-end review</source>
        <translation>Báo cáo tổng kết</translation>
    </message>
    <message>
        <source>Year-end review %1</source>
        <translation>Báo cáo tổng kết năm %1</translation>
    </message>
    <message>
        <source>Six-month review, first half of %1</source>
        <translation>Sơ kết 6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Review of the period %1 – %2</source>
        <translation>Sơ kết từ %1 đến %2</translation>
    </message>
    <message>
        <source>Which review?</source>
        <translation>Soạn báo cáo nào?</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Lưu báo cáo tổng kết</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>Chưa lưu được báo cáo</translation>
    </message>
    <message>
        <source>Saved %1: the figures are filled in; write your own text where it says so.</source>
        <translation>Đã lưu %1: các số liệu đã điền sẵn; chi hội viết thêm phần của mình ở những chỗ ghi “Phần chi hội tự viết”.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The data as it is now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Chọn bản sao muốn quay về. Dữ liệu hiện tại sẽ được sao lưu trước, nên nếu cần vẫn có thể quay lại bằng cách khôi phục bản đó.</translation>
    </message>
    <message>
        <source>No automatic backup yet. Choose a file instead.</source>
        <translation>Chưa có bản sao lưu tự động nào. Hãy chọn một tệp.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <source>Restore this copy</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This copy was made by a newer version of CCB Desktop and cannot be restored here.</source>
        <translation>Bản sao này do phiên bản CCB Desktop mới hơn tạo ra, không khôi phục được ở đây.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Replace all the data in the program with this copy?

%1

The current data is backed up first.</source>
        <translation>Thay toàn bộ dữ liệu trong chương trình bằng bản sao này?

%1

Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Sao lưu lúc: %1</translation>
    </message>
    <message>
        <source>By program version: %1</source>
        <translation>Phiên bản chương trình: %1</translation>
    </message>
    <message>
        <source>Members: %1 · meetings: %2 · support cases: %3</source>
        <translation>Hội viên: %1 · buổi sinh hoạt: %2 · hồ sơ giúp đỡ: %3</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>It also holds things CCB Desktop does not make; they will be removed: %1</source>
        <translation>Bản sao này còn có những thành phần không do CCB Desktop tạo ra; chúng sẽ được gỡ bỏ: %1</translation>
    </message>
    <message>
        <source>This copy is not protected by a password (made before the password was set): anyone who copies it can read it.</source>
        <translation>Bản sao này không được bảo vệ bằng mật khẩu (làm trước khi đặt mật khẩu): ai chép được là đọc được.</translation>
    </message>
    <message>
        <source>Enter this copy's password…</source>
        <translation>Nhập mật khẩu của bản sao này…</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to the ward</source>
        <translation>Gửi lên phường</translation>
    </message>
    <message>
        <source>Writes one small file with the register, movements, meetings with attendance, support cases and unit details, for the ward Hội. Take it to the ward on a USB stick or send it by message.</source>
        <translation>Ghi một tệp nhỏ gồm danh sách hội viên, biến động, các buổi sinh hoạt kèm điểm danh, hồ sơ giúp đỡ và thông tin đơn vị để gửi Hội CCB phường. Chép tệp vào USB mang lên phường hoặc gửi qua tin nhắn.</translation>
    </message>
    <message>
        <source>Chi hội:</source>
        <translation>Chi hội:</translation>
    </message>
    <message>
        <source>Report year:</source>
        <translation>Năm báo cáo:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Chọn nơi lưu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SupportEntryDialog</name>
    <message>
        <source>Record help given</source>
        <translation>Ghi lần hỗ trợ</translation>
    </message>
    <message>
        <source>e.g. 2 con bê giống, 50 kg gạo</source>
        <translation>ví dụ: 2 con bê giống, 50 kg gạo</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Hình thức hỗ trợ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>Amount (đồng):</source>
        <translation>Số tiền (đồng):</translation>
    </message>
    <message>
        <source>Work days:</source>
        <translation>Ngày công:</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Hiện vật:</translation>
    </message>
    <message>
        <source>Delivered by:</source>
        <translation>Người trao:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>Choose the kind of help.</source>
        <translation>Hãy chọn loại hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>Open a support case…</source>
        <translation>Mở hồ sơ giúp đỡ…</translation>
    </message>
    <message>
        <source>Open / update the case</source>
        <translation>Xem / cập nhật hồ sơ</translation>
    </message>
    <message>
        <source>Classify a household…</source>
        <translation>Phân loại hộ…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Hồ sơ đang giúp đỡ</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi diện</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <source>Member household</source>
        <translation>Hộ hội viên</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ hội</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Lần thăm cuối</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Hẹn thăm</translation>
    </message>
    <message>
        <source>Help given (đồng)</source>
        <translation>Đã hỗ trợ (đồng)</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>Hẹn thăm</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Official category</source>
        <translation>Kết quả phân loại</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>Hội's own grade</source>
        <translation>Hội xếp loại</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Hồ sơ giúp đỡ</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>Đến hạn thăm</translation>
    </message>
    <message>
        <source>Households by year</source>
        <translation>Phân loại hộ theo năm</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>Tổng hợp năm</translation>
    </message>
    <message>
        <source>Sensitive personal data: household finances stay in this program unless a report needs them.</source>
        <translation>Dữ liệu cá nhân nhạy cảm: thông tin kinh tế hộ chỉ ở trong chương trình, trừ khi báo cáo cần đến.</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(quá hạn)</translation>
    </message>
    <message>
        <source>Visits due (%1)</source>
        <translation>Đến hạn thăm (%1)</translation>
    </message>
    <message>
        <source>Households %1</source>
        <translation>Phân loại hộ %1</translation>
    </message>
    <message>
        <source>Figures %1</source>
        <translation>Tổng hợp %1</translation>
    </message>
    <message>
        <source>Poverty standard applied: %1 — rural %2 đ, urban %3 đ per person per month.</source>
        <translation>Chuẩn nghèo áp dụng: %1 — nông thôn %2 đ, thành thị %3 đ/người/tháng.</translation>
    </message>
    <message>
        <source>No poverty standard is recorded for this year.</source>
        <translation>Chưa có chuẩn nghèo cho năm này.</translation>
    </message>
    <message>
        <source>Poor households at the start of the year</source>
        <translation>Hộ nghèo đầu năm</translation>
    </message>
    <message>
        <source>Escaped poverty during the year</source>
        <translation>Thoát nghèo trong năm</translation>
    </message>
    <message>
        <source>Newly poor</source>
        <translation>Phát sinh mới</translation>
    </message>
    <message>
        <source>Fell back into poverty</source>
        <translation>Tái nghèo</translation>
    </message>
    <message>
        <source>Poor households at the end of the year</source>
        <translation>Hộ nghèo cuối năm</translation>
    </message>
    <message>
        <source>Near-poor households, start → end</source>
        <translation>Hộ cận nghèo, đầu năm → cuối năm</translation>
    </message>
    <message>
        <source>Check: %1 + %2 + %3 − %4 = %5</source>
        <translation>Đối chiếu: %1 + %2 + %3 − %4 = %5</translation>
    </message>
    <message>
        <source>Poverty support, year %1</source>
        <translation>Giúp nhau giảm nghèo năm %1</translation>
    </message>
    <message>
        <source>Households that escaped poverty:</source>
        <translation>Các hộ thoát nghèo:</translation>
    </message>
    <message>
        <source>Help given by kind</source>
        <translation>Hỗ trợ theo hình thức</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <source>Money (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>Money by source</source>
        <translation>Số tiền theo nguồn</translation>
    </message>
    <message>
        <source>Total money: %1 đồng · work days: %2 · houses built: %3 · repaired: %4</source>
        <translation>Tổng số tiền: %1 đồng · ngày công: %2 · nhà xây mới: %3 · sửa chữa: %4</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Computed from the attendance: present / expected at the meetings since 1 January.</source>
        <translation>Tính từ điểm danh: số lượt có mặt / số lượt phải dự các buổi sinh hoạt từ 01/01.</translation>
    </message>
    <message>
        <source>Computed from the movements: members admitted since 1 January.</source>
        <translation>Tính từ biến động: số hội viên được kết nạp từ 01/01.</translation>
    </message>
    <message>
        <source>Computed from the ward's household classification: households off the poor list (once the year's list is entered).</source>
        <translation>Tính từ kết quả phân loại hộ của phường: số hộ ra khỏi danh sách hộ nghèo (khi đã nhập danh sách của năm).</translation>
    </message>
    <message>
        <source>Computed from the funds' cash books: their closing total divided by the members.</source>
        <translation>Tính từ sổ quỹ: tổng số dư cuối kỳ các quỹ chia cho số hội viên.</translation>
    </message>
    <message>
        <source>Computed from the dues book: members who paid every period due since 1 January.</source>
        <translation>Tính từ sổ hội phí: hội viên đã đóng đủ mọi kỳ phải đóng từ 1 tháng 1.</translation>
    </message>
    <message>
        <source>Enter the actual value by hand.</source>
        <translation>Nhập số thực hiện bằng tay.</translation>
    </message>
    <message>
        <source>The ward's household classification of the year is not entered yet.</source>
        <translation>Chưa nhập kết quả phân loại hộ của phường cho năm này.</translation>
    </message>
    <message>
        <source>No meeting's attendance is taken yet.</source>
        <translation>Chưa có buổi sinh hoạt nào được điểm danh.</translation>
    </message>
    <message>
        <source>No hội phí rate is entered, so nobody owes yet.</source>
        <translation>Chưa nhập mức hội phí nên chưa ai phải đóng.</translation>
    </message>
    <message>
        <source>No fund is kept yet.</source>
        <translation>Chưa có quỹ nào được ghi sổ.</translation>
    </message>
    <message>
        <source>The actual value is not entered yet.</source>
        <translation>Chưa nhập số thực hiện.</translation>
    </message>
    <message>
        <source>The year has not started yet.</source>
        <translation>Năm này chưa bắt đầu.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Chậm so với tiến độ</translation>
    </message>
    <message>
        <source>No figure yet</source>
        <translation>Chưa có số liệu</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets of the year %1</source>
        <translation>Chỉ tiêu năm %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Name (other targets)</source>
        <translation>Tên (chỉ tiêu khác)</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Actual so far</source>
        <translation>Thực hiện đến nay</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Remove the selected target</source>
        <translation>Bỏ chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <source>Copy last year's targets</source>
        <translation>Chép chỉ tiêu năm trước</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The attendance rate, the members admitted, the households out of poverty, the dues paid and the funds per member are computed from what the program keeps; for a target of your own type the actual value. The year-end review judges each one: met, exceeded or not met.</source>
        <translation>Tỷ lệ sinh hoạt, số hội viên kết nạp, số hộ thoát nghèo, tỷ lệ đóng hội phí và quỹ bình quân mỗi hội viên do chương trình tự tính từ số liệu đã ghi; chỉ tiêu riêng của chi hội thì gõ kết quả thực hiện. Báo cáo tổng kết năm đánh giá từng chỉ tiêu: đạt, vượt hay chưa đạt.</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>tự tính</translation>
    </message>
    <message>
        <source>type the figure</source>
        <translation>gõ số thực hiện</translation>
    </message>
    <message>
        <source>Due by now: %1</source>
        <translation>Phải đạt đến nay: %1</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Không có chỉ tiêu</translation>
    </message>
    <message>
        <source>The year %1 has no targets to copy.</source>
        <translation>Năm %1 không có chỉ tiêu để chép.</translation>
    </message>
    <message>
        <source>The targets were not saved</source>
        <translation>Chưa lưu được chỉ tiêu</translation>
    </message>
    <message>
        <source>Line %1: write the aim and the actual value as whole numbers.</source>
        <translation>Dòng %1: mục tiêu và số thực hiện phải là số nguyên.</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>Set the targets…</source>
        <translation>Đặt chỉ tiêu…</translation>
    </message>
    <message>
        <source>Targets of %1</source>
        <translation>Chỉ tiêu năm %1</translation>
    </message>
    <message>
        <source>No targets are set for this year. Set them to follow them here.</source>
        <translation>Năm nay chưa đặt chỉ tiêu. Đặt chỉ tiêu để theo dõi tại đây.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Đến nay</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Change the targets…</source>
        <translation>Sửa chỉ tiêu…</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unit details</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>These names appear at the top and bottom of every report.</source>
        <translation>Các tên này được in ở đầu và cuối mọi báo cáo.</translation>
    </message>
    <message>
        <source>e.g. Hội CCB phường 7</source>
        <translation>ví dụ: Hội CCB phường 7</translation>
    </message>
    <message>
        <source>e.g. Chi hội khu phố 3</source>
        <translation>ví dụ: Chi hội khu phố 3</translation>
    </message>
    <message>
        <source>e.g. Phường 7 (for “Phường 7, ngày … tháng … năm …”)</source>
        <translation>ví dụ: Phường 7 (để ghi “Phường 7, ngày … tháng … năm …”)</translation>
    </message>
    <message>
        <source>Ward Hội:</source>
        <translation>Hội CCB phường:</translation>
    </message>
    <message>
        <source>Chi hội:</source>
        <translation>Chi hội:</translation>
    </message>
    <message>
        <source>Place name for dates:</source>
        <translation>Địa danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Chi hội head:</source>
        <translation>Chi hội trưởng:</translation>
    </message>
    <message>
        <source>Reports prepared by:</source>
        <translation>Người lập biểu:</translation>
    </message>
    <message>
        <source>Meetings held:</source>
        <translation>Lịch sinh hoạt:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The unit details were not saved</source>
        <translation>Chưa lưu được thông tin đơn vị</translation>
    </message>
    <message>
        <source> meetings in a row</source>
        <translation> buổi liên tiếp</translation>
    </message>
    <message>
        <source>% of meetings in 12 months</source>
        <translation>% số buổi trong 12 tháng</translation>
    </message>
    <message>
        <source>Needs attention when absent:</source>
        <translation>Cần quan tâm khi vắng:</translation>
    </message>
    <message>
        <source>… or present at under:</source>
        <translation>… hoặc dự dưới:</translation>
    </message>
    <message>
        <source>Count ages for mừng thọ the traditional way (tuổi mụ)</source>
        <translation>Tính tuổi mừng thọ theo tuổi mụ</translation>
    </message>
    <message>
        <source>Year-end grades, one per line:</source>
        <translation>Các mức xếp loại cuối năm (mỗi dòng một mức):</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source> years in the Hội</source>
        <translation> năm tuổi Hội</translation>
    </message>
    <message>
        <source>Kỷ niệm chương after:</source>
        <translation>Kỷ niệm chương khi đủ:</translation>
    </message>
    <message>
        <source>e.g. Hội CCB tỉnh Bình Dương</source>
        <translation>ví dụ: Hội CCB tỉnh Bình Dương</translation>
    </message>
    <message>
        <source>Province Hội (reports go to):</source>
        <translation>Hội CCB tỉnh (nơi nhận báo cáo):</translation>
    </message>
    <message>
        <source>Ward Hội chairman:</source>
        <translation>Chủ tịch Hội CCB phường:</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the given name (tên).</source>
        <translation>Hãy nhập tên.</translation>
    </message>
    <message>
        <source>Enter the family and middle names (họ và chữ đệm) separately from the given name.</source>
        <translation>Hãy nhập họ và chữ đệm vào ô riêng, ô “Tên” chỉ ghi tên.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Ngày sinh ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The birth year {year} is too long ago.</source>
        <translation>Năm sinh {year} quá xa, xin kiểm tra lại.</translation>
    </message>
    <message>
        <source>The enlistment date is before the birth date.</source>
        <translation>Ngày nhập ngũ ở trước ngày sinh.</translation>
    </message>
    <message>
        <source>The enlistment date is in the future.</source>
        <translation>Ngày nhập ngũ ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The discharge date is before the enlistment date.</source>
        <translation>Ngày ra quân ở trước ngày nhập ngũ.</translation>
    </message>
    <message>
        <source>The discharge date is in the future.</source>
        <translation>Ngày ra quân ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The date of joining the Hội is before the birth date.</source>
        <translation>Ngày vào Hội ở trước ngày sinh.</translation>
    </message>
    <message>
        <source>The date of joining the Hội is in the future.</source>
        <translation>Ngày vào Hội ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The year of joining the Party is in the future.</source>
        <translation>Năm vào Đảng ở sau năm nay.</translation>
    </message>
    <message>
        <source>The year of joining the Party is too early for the birth year.</source>
        <translation>Năm vào Đảng quá sớm so với năm sinh.</translation>
    </message>
    <message>
        <source>The card year is in the future.</source>
        <translation>Năm cấp thẻ ở sau năm nay.</translation>
    </message>
    <message>
        <source>Card number {number} is already used by {name}.</source>
        <translation>Số thẻ {number} đã được cấp cho {name}.</translation>
    </message>
    <message>
        <source>A CCCD number has 12 digits (an old CMND has 9).</source>
        <translation>Số CCCD có 12 chữ số (CMND cũ có 9 chữ số).</translation>
    </message>
    <message>
        <source>Write the grade as 1/4 … 4/4 or as a rate such as 41%.</source>
        <translation>Ghi hạng từ 1/4 đến 4/4, hoặc tỷ lệ như 41%.</translation>
    </message>
    <message>
        <source>Write the grade as 1/3 … 3/3 or as a rate such as 61%.</source>
        <translation>Ghi hạng từ 1/3 đến 3/3, hoặc tỷ lệ như 61%.</translation>
    </message>
    <message>
        <source>A service period ends before it begins.</source>
        <translation>Có thời kỳ tham gia kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Ngày này ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The date is before the member's birth date.</source>
        <translation>Ngày này ở trước ngày sinh của hội viên.</translation>
    </message>
    <message>
        <source>A later movement ({kind}, {date}) is already recorded; record movements in date order.</source>
        <translation>Đã có biến động sau ngày này ({kind}, {date}); hãy ghi biến động theo đúng thứ tự ngày.</translation>
    </message>
    <message>
        <source>“{kind}” cannot follow the status “{status}”.</source>
        <translation>Không thể ghi “{kind}” khi hội viên đang ở tình trạng “{status}”.</translation>
    </message>
    <message>
        <source>Enter the letter of introduction number or where the member moved to.</source>
        <translation>Hãy ghi số giấy giới thiệu hoặc nơi hội viên chuyển đến.</translation>
    </message>
    <message>
        <source>Attendance cannot be taken for a meeting in the future.</source>
        <translation>Chưa thể điểm danh cho buổi sinh hoạt ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
    <message>
        <source>Write the amount in đồng, e.g. 1.500.000.</source>
        <translation>Ghi số tiền bằng đồng, ví dụ 1.500.000.</translation>
    </message>
    <message>
        <source>{amount} đồng is too large for one entry: check the digits.</source>
        <translation>{amount} đồng là quá lớn cho một lần ghi: xin kiểm tra lại các chữ số.</translation>
    </message>
    <message>
        <source>The year must be between 1990 and next year.</source>
        <translation>Năm phải từ 1990 đến năm sau.</translation>
    </message>
    <message>
        <source>The decision date is in the future.</source>
        <translation>Ngày quyết định ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>{name} already has an open support case.</source>
        <translation>Hộ {name} đang có một hồ sơ giúp đỡ chưa đóng.</translation>
    </message>
    <message>
        <source>The opening date is in the future.</source>
        <translation>Ngày mở hồ sơ ở sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>Enter the year the household escaped poverty.</source>
        <translation>Hãy nhập năm hộ thoát nghèo.</translation>
    </message>
    <message>
        <source>Enter an amount, work days or the goods given.</source>
        <translation>Hãy nhập số tiền, số ngày công hoặc hiện vật đã trao.</translation>
    </message>
    <message>
        <source>Too many work days for one entry: check the digits.</source>
        <translation>Số ngày công quá lớn cho một lần ghi: xin kiểm tra lại.</translation>
    </message>
    <message>
        <source>Enter the amount lent.</source>
        <translation>Hãy nhập số tiền vay.</translation>
    </message>
    <message>
        <source>The overdue part cannot exceed the balance, nor the balance the loan.</source>
        <translation>Nợ quá hạn không được lớn hơn dư nợ, và dư nợ không lớn hơn số tiền vay.</translation>
    </message>
    <message>
        <source>The next visit is before this one.</source>
        <translation>Ngày hẹn thăm lại ở trước lần thăm này.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
    <message>
        <source>Enter the full date, dd/mm/yyyy.</source>
        <translation>Hãy nhập đủ ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, 11 for a landline (e.g. 0912 345 678).</source>
        <translation>Số điện thoại có 10 chữ số, máy bàn 11 chữ số (ví dụ 0912 345 678).</translation>
    </message>
    <message>
        <source>The card number “{number}” is how a spreadsheet writes a long number, not the number itself: type it as text.</source>
        <translation>Số thẻ “{number}” là cách bảng tính viết một số dài, không phải chính số đó: hãy gõ lại dạng chữ.</translation>
    </message>
    <message>
        <source>A phone number has only digits (e.g. 0912 345 678).</source>
        <translation>Số điện thoại chỉ gồm chữ số (ví dụ 0912 345 678).</translation>
    </message>
    <message>
        <source>{name} is excused from meetings on this date: mark them present or leave them excused (M).</source>
        <translation>{name} được miễn sinh hoạt vào ngày này: chỉ đánh dấu có mặt (C) hoặc để miễn (M).</translation>
    </message>
    <message>
        <source>{name} is not excused from meetings on this date: mark them present or absent, not excused (M).</source>
        <translation>{name} không được miễn sinh hoạt vào ngày này: đánh dấu có mặt hoặc vắng, không đánh dấu miễn (M).</translation>
    </message>
    <message>
        <source>Enter the fund's name.</source>
        <translation>Nhập tên quỹ.</translation>
    </message>
    <message>
        <source>A fund named {name} already exists.</source>
        <translation>Đã có quỹ tên {name}.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Nhập số tiền.</translation>
    </message>
    <message>
        <source>Enter what the money is for.</source>
        <translation>Nhập diễn giải (tiền dùng vào việc gì).</translation>
    </message>
    <message>
        <source>Choose the member who contributed.</source>
        <translation>Chọn hội viên đóng góp.</translation>
    </message>
    <message>
        <source>The fund {fund} does not hold that much on that date.</source>
        <translation>{fund} không đủ tiền vào ngày đó.</translation>
    </message>
    <message>
        <source>The due date is before the loan.</source>
        <translation>Hạn trả trước ngày vay.</translation>
    </message>
    <message>
        <source>Only {balance} đồng is still owed.</source>
        <translation>Chỉ còn nợ {balance} đồng.</translation>
    </message>
    <message>
        <source>The date is before the loan.</source>
        <translation>Ngày này trước ngày vay.</translation>
    </message>
    <message>
        <source>Enter the amount per period.</source>
        <translation>Nhập số tiền mỗi kỳ.</translation>
    </message>
    <message>
        <source>The share sent to the ward cannot exceed the amount.</source>
        <translation>Phần nộp lên phường không thể lớn hơn mức hội phí.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Nhập lý do.</translation>
    </message>
    <message>
        <source>The end date is before the start.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Choose at least one member and one period.</source>
        <translation>Chọn ít nhất một hội viên và một kỳ.</translation>
    </message>
    <message>
        <source>No dues rate applies to period {period}.</source>
        <translation>Kỳ {period} chưa có mức hội phí.</translation>
    </message>
    <message>
        <source>{name} is exempt from dues for {period}.</source>
        <translation>{name} được miễn hội phí kỳ {period}.</translation>
    </message>
    <message>
        <source>{name} was not a member during {period}.</source>
        <translation>{name} không là hội viên trong kỳ {period}.</translation>
    </message>
    <message>
        <source>{name} has already paid for {period}.</source>
        <translation>{name} đã nộp kỳ {period}.</translation>
    </message>
    <message>
        <source>The last period is before the first.</source>
        <translation>Kỳ cuối trước kỳ đầu.</translation>
    </message>
    <message>
        <source>The year must be between 1900 and 2100.</source>
        <translation>Năm phải từ 1900 đến 2100.</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>Hãy đặt tên cho chỉ tiêu.</translation>
    </message>
    <message>
        <source>The target must be a number of 0 or more.</source>
        <translation>Mục tiêu phải là số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>A rate cannot be above 100 %.</source>
        <translation>Tỷ lệ không thể quá 100 %.</translation>
    </message>
    <message>
        <source>The actual value must be a number of 0 or more.</source>
        <translation>Số thực hiện phải là số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>The target “{name}” is set twice.</source>
        <translation>Chỉ tiêu “{name}” bị đặt hai lần.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>Ghi lần thăm</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>What was seen and agreed:</source>
        <translation>Tình hình và nội dung trao đổi:</translation>
    </message>
    <message>
        <source>Next visit on:</source>
        <translation>Hẹn thăm lại ngày:</translation>
    </message>
    <message>
        <source>Visited by:</source>
        <translation>Người đi thăm:</translation>
    </message>
</context>
<context>
    <name>WardActions</name>
    <message>
        <source>Send to the &amp;ward…</source>
        <translation>Gửi lên &amp;phường…</translation>
    </message>
    <message>
        <source>&amp;Take in a chi hội's package…</source>
        <translation>&amp;Nhận tệp của chi hội…</translation>
    </message>
    <message>
        <source>Save the file for the ward</source>
        <translation>Lưu tệp gửi lên phường</translation>
    </message>
    <message>
        <source>Package for the ward (*%1)</source>
        <translation>Tệp gửi lên phường (*%1)</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>Chưa ghi được tệp</translation>
    </message>
    <message>
        <source>Send to the ward</source>
        <translation>Gửi lên phường</translation>
    </message>
    <message>
        <source>Written: %1

%2 members, %3 meetings, %4 support cases. Take this file to the ward Hội on a USB stick or send it by message.</source>
        <translation>Đã ghi: %1

%2 hội viên, %3 buổi sinh hoạt, %4 hồ sơ giúp đỡ. Chép tệp này vào USB mang lên Hội CCB phường hoặc gửi qua tin nhắn.</translation>
    </message>
    <message>
        <source>The ward's file</source>
        <translation>Tệp của phường</translation>
    </message>
    <message>
        <source>This data file is empty. Make it the ward's file, holding the packages of the ward's chi hội? A chi hội's own register is kept in a file of its own.</source>
        <translation>Tệp dữ liệu này đang trống. Dùng làm tệp của phường, chứa số liệu các chi hội gửi lên? Sổ riêng của một chi hội thì để ở một tệp khác.</translation>
    </message>
    <message>
        <source>Make it the ward's file</source>
        <translation>Dùng làm tệp của phường</translation>
    </message>
    <message>
        <source>The province Hội the ward reports to (for the reports' heading):</source>
        <translation>Tên Hội CCB tỉnh, cấp trên của phường (in ở đầu báo cáo):</translation>
    </message>
    <message>
        <source>Take in a chi hội's package</source>
        <translation>Nhận tệp của chi hội</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The package was not taken in</source>
        <translation>Chưa nhận tệp</translation>
    </message>
    <message>
        <source>A chi hội new to the ward</source>
        <translation>Chi hội mới của phường</translation>
    </message>
    <message>
        <source>The package is from %1, which this ward file does not hold yet. Add it as a new chi hội of the ward?</source>
        <translation>Tệp này của %1, chi hội chưa có trong tệp của phường. Thêm làm chi hội mới của phường?</translation>
    </message>
    <message>
        <source>Add the chi hội</source>
        <translation>Thêm chi hội</translation>
    </message>
    <message>
        <source>Took in the package of %1.</source>
        <translation>Đã nhận tệp của %1.</translation>
    </message>
    <message>
        <source>The package %1 is protected by the chi hội's password. Type it (or the chi hội's recovery code).</source>
        <translation>Tệp gửi lên %1 được bảo vệ bằng mật khẩu của chi hội. Hãy gõ mật khẩu đó (hoặc mã khôi phục của chi hội).</translation>
    </message>
    <message>
        <source>The password is wrong. Type it again.</source>
        <translation>Mật khẩu không đúng. Hãy gõ lại.</translation>
    </message>
    <message>
        <source>An older package</source>
        <translation>Tệp cũ hơn</translation>
    </message>
    <message>
        <source>This package is older than the one already taken in (made on %1). Take it in anyway?</source>
        <translation>Tệp này cũ hơn tệp đã nhận (lập ngày %1); vẫn nhận?</translation>
    </message>
    <message>
        <source>Take it in anyway</source>
        <translation>Vẫn nhận</translation>
    </message>
</context>
<context>
    <name>YearEdit</name>
    <message>
        <source>yyyy</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Write the year with four digits.</source>
        <translation>Ghi năm đủ bốn chữ số.</translation>
    </message>
</context>
</TS>
