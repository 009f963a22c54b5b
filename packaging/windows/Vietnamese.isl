; *** Inno Setup 6.4 Vietnamese messages for CCB Desktop ***
;
; Inno Setup 6 ships no Vietnamese messages file; this one was written for CCB Desktop
; and defines every message of Inno Setup 6.4's Default.isl (tests/test_packaging.py
; keeps the list). Saved as UTF-8 with a byte order mark, as Inno Setup expects.
;
; As in Default.isl: no period is added to messages that end without one (Inno Setup
; adds it), every %1..%9, %n and [name]-style placeholder stays, and the & accelerator
; sits on a letter without a diacritic so that Alt+letter can be typed.

[LangOptions]
; "Tiếng Việt" written with Inno Setup's <XXXX> code points, readable whatever the code page.
LanguageName=Ti<1EBF>ng Vi<1EC7>t
LanguageID=$042A
; Unicode only: Inno Setup 6 is a Unicode program and Vietnamese needs no ANSI code page.
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Misc. common
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** SetupLdr messages
SetupLdrStartupMessage=Chương trình sẽ cài đặt %1. Bạn có muốn tiếp tục không?
LdrCannotCreateTemp=Không tạo được tệp tạm. Đã dừng cài đặt
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Đã dừng cài đặt
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nLỗi %2: %3
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Xin sửa lỗi này hoặc lấy một bản chương trình khác.
SetupFileCorrupt=Các tệp cài đặt bị hỏng. Xin lấy một bản chương trình khác.
SetupFileCorruptOrWrongVer=Các tệp cài đặt bị hỏng, hoặc không hợp với phiên bản trình cài đặt này. Xin sửa lỗi này hoặc lấy một bản chương trình khác.
InvalidParameter=Dòng lệnh có một tham số không hợp lệ:%n%n%1
SetupAlreadyRunning=Trình cài đặt đang chạy rồi.
WindowsVersionNotSupported=Chương trình này không chạy được trên phiên bản Windows của máy tính này.
WindowsServicePackRequired=Chương trình này cần %1 Service Pack %2 hoặc mới hơn.
NotOnThisPlatform=Chương trình này không chạy trên %1.
OnlyOnThisPlatform=Chương trình này chỉ chạy trên %1.
OnlyOnTheseArchitectures=Chương trình này chỉ cài được trên các phiên bản Windows dành cho những loại bộ xử lý sau:%n%n%1
WinVersionTooLowError=Chương trình này cần %1 phiên bản %2 hoặc mới hơn.
WinVersionTooHighError=Không cài được chương trình này trên %1 phiên bản %2 hoặc mới hơn.
AdminPrivilegesRequired=Bạn phải đăng nhập bằng tài khoản quản trị (Administrator) để cài chương trình này.
PowerUserPrivilegesRequired=Bạn phải đăng nhập bằng tài khoản quản trị hoặc thuộc nhóm Power Users để cài chương trình này.
SetupAppRunningError=Trình cài đặt thấy %1 đang mở.%n%nXin đóng tất cả các cửa sổ của chương trình đó, rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.
UninstallAppRunningError=Trình gỡ cài đặt thấy %1 đang mở.%n%nXin đóng tất cả các cửa sổ của chương trình đó, rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Chọn cách cài đặt
PrivilegesRequiredOverrideInstruction=Chọn cách cài đặt
PrivilegesRequiredOverrideText1=Có thể cài %1 cho mọi người dùng máy này (cần quyền quản trị), hoặc chỉ cho riêng bạn.
PrivilegesRequiredOverrideText2=Có thể cài %1 chỉ cho riêng bạn, hoặc cho mọi người dùng máy này (cần quyền quản trị).
PrivilegesRequiredOverrideAllUsers=Cài cho &mọi người dùng
PrivilegesRequiredOverrideAllUsersRecommended=Cài cho &mọi người dùng (nên chọn)
PrivilegesRequiredOverrideCurrentUser=Chỉ cài cho &tôi
PrivilegesRequiredOverrideCurrentUserRecommended=Chỉ cài cho &tôi (nên chọn)

; *** Misc. errors
ErrorCreatingDir=Trình cài đặt không tạo được thư mục "%1"
ErrorTooManyFilesInDir=Không tạo được tệp trong thư mục "%1" vì thư mục này có quá nhiều tệp

; *** Setup common messages
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác để cài cho xong.%n%nThoát cài đặt?
AboutSetupMenuItem=&Về trình cài đặt...
AboutSetupTitle=Về trình cài đặt
AboutSetupMessage=%1 phiên bản %2%n%3%n%nTrang chủ của %1:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Quay lại
ButtonNext=&Tiếp theo >
ButtonInstall=&Cài đặt
ButtonOK=OK
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=Không &với tất cả
ButtonFinish=&Hoàn tất
ButtonBrowse=&Duyệt...
ButtonWizardBrowse=D&uyệt...
ButtonNewFolder=Tạo thư &mục mới

; *** "Select Language" dialog messages
SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.

; *** Common wizard text
ClickNext=Bấm Tiếp theo để tiếp tục, hoặc bấm Hủy để thoát cài đặt.
BeveledLabel=
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách dưới đây, rồi bấm OK.
NewFolderName=Thư mục mới

; *** "Welcome" wizard page
WelcomeLabel1=Chào mừng bạn đến với trình cài đặt [name]
WelcomeLabel2=Trình này sẽ cài [name/ver] vào máy tính của bạn.%n%nNên đóng các chương trình khác trước khi tiếp tục.

; *** "Password" wizard page
WizardPassword=Mật khẩu
PasswordLabel1=Bản cài đặt này có mật khẩu bảo vệ.
PasswordLabel3=Xin nhập mật khẩu, rồi bấm Tiếp theo để tiếp tục. Mật khẩu phân biệt chữ hoa và chữ thường.
PasswordEditLabel=&Mật khẩu:
IncorrectPassword=Mật khẩu bạn nhập chưa đúng. Xin thử lại.

; *** "License Agreement" wizard page
WizardLicense=Thỏa thuận sử dụng
LicenseLabel=Xin đọc những thông tin quan trọng sau đây trước khi tiếp tục.
LicenseLabel3=Xin đọc thỏa thuận sử dụng sau đây. Bạn phải đồng ý với các điều khoản của thỏa thuận này thì mới cài đặt tiếp được.
LicenseAccepted=&Chấp nhận thỏa thuận
LicenseNotAccepted=&Không chấp nhận thỏa thuận

; *** "Information" wizard pages
WizardInfoBefore=Thông tin
InfoBeforeLabel=Xin đọc những thông tin quan trọng sau đây trước khi tiếp tục.
InfoBeforeClickLabel=Khi đã sẵn sàng cài đặt tiếp, bấm Tiếp theo.
WizardInfoAfter=Thông tin
InfoAfterLabel=Xin đọc những thông tin quan trọng sau đây trước khi tiếp tục.
InfoAfterClickLabel=Khi đã sẵn sàng cài đặt tiếp, bấm Tiếp theo.

; *** "User Information" wizard page
WizardUserInfo=Thông tin người dùng
UserInfoDesc=Xin nhập thông tin của bạn.
UserInfoName=Tên người &dùng:
UserInfoOrg=&Cơ quan, đơn vị:
UserInfoSerial=&Số sê-ri:
UserInfoNameRequired=Bạn phải nhập tên.

; *** "Select Destination Location" wizard page
WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp theo để tiếp tục. Muốn chọn thư mục khác, bấm Duyệt.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng trống trên ổ đĩa.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống trên ổ đĩa.
CannotInstallToNetworkDrive=Không cài được vào ổ đĩa mạng.
CannotInstallToUNCPath=Không cài được vào đường dẫn mạng (UNC).
InvalidPath=Bạn phải nhập đường dẫn đầy đủ có tên ổ đĩa, ví dụ:%n%nC:\APP%n%nhoặc đường dẫn mạng (UNC) dạng:%n%n\\server\share
InvalidDrive=Ổ đĩa hoặc thư mục mạng (UNC) bạn chọn không có hoặc không mở được. Xin chọn chỗ khác.
DiskSpaceWarningTitle=Không đủ chỗ trống trên ổ đĩa
DiskSpaceWarning=Cần ít nhất %1 KB chỗ trống để cài, nhưng ổ đĩa đã chọn chỉ còn %2 KB.%n%nVẫn muốn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được có các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có rồi. Vẫn muốn cài vào thư mục đó?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Có muốn tạo thư mục này không?

; *** "Select Components" wizard page
WizardSelectComponents=Chọn thành phần
SelectComponentsDesc=Cài những thành phần nào?
SelectComponentsLabel2=Đánh dấu những thành phần muốn cài; bỏ dấu những thành phần không muốn cài. Xong thì bấm Tiếp theo.
FullInstallation=Cài đầy đủ
CompactInstallation=Cài gọn
CustomInstallation=Tự chọn thành phần
NoUninstallWarningTitle=Thành phần đã có
NoUninstallWarning=Trình cài đặt thấy các thành phần sau đã được cài trên máy tính:%n%n%1%n%nBỏ chọn các thành phần này sẽ không gỡ chúng đi.%n%nVẫn muốn tiếp tục?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Những thành phần đã chọn cần ít nhất [gb] GB dung lượng ổ đĩa.
ComponentsDiskSpaceMBLabel=Những thành phần đã chọn cần ít nhất [mb] MB dung lượng ổ đĩa.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Chọn việc làm thêm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn những việc trình cài đặt làm thêm khi cài [name], rồi bấm Tiếp theo.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Chọn thư mục trong menu Start
SelectStartMenuFolderDesc=Đặt lối tắt của chương trình vào đâu?
SelectStartMenuFolderLabel3=Trình cài đặt sẽ tạo lối tắt của chương trình trong thư mục sau của menu Start.
SelectStartMenuFolderBrowseLabel=Bấm Tiếp theo để tiếp tục. Muốn chọn thư mục khác, bấm Duyệt.
MustEnterGroupName=Bạn phải nhập tên thư mục.
GroupNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidGroupName=Tên thư mục không hợp lệ.
BadGroupName=Tên thư mục không được có các ký tự sau:%n%n%1
NoProgramGroupCheck2=&Không tạo thư mục trong menu Start

; *** "Ready to Install" wizard page
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu cài, hoặc bấm Quay lại nếu muốn xem lại hay thay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu cài.
ReadyMemoUserInfo=Thông tin người dùng:
ReadyMemoDir=Nơi cài đặt:
ReadyMemoType=Kiểu cài đặt:
ReadyMemoComponents=Các thành phần đã chọn:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Đang tải thêm tệp...
ButtonStopDownload=&Dừng tải
StopDownload=Bạn có chắc muốn dừng tải không?
ErrorDownloadAborted=Đã dừng tải
ErrorDownloadFailed=Tải không được: %1 %2
ErrorDownloadSizeFailed=Không biết được kích thước tệp: %1 %2
ErrorFileHash1=Không kiểm tra được mã băm của tệp: %1
ErrorFileHash2=Mã băm của tệp không đúng: cần %1, thấy %2
ErrorProgress=Tiến độ không hợp lệ: %1 trên %2
ErrorFileSize=Kích thước tệp không đúng: cần %1, thấy %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Đang giải nén thêm tệp...
ButtonStopExtraction=&Dừng giải nén
StopExtraction=Bạn có chắc muốn dừng giải nén không?
ErrorExtractionAborted=Đã dừng giải nén
ErrorExtractionFailed=Giải nén không được: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Đang chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính của bạn.
PreviousInstallNotCompleted=Lần cài đặt hoặc gỡ bỏ chương trình trước chưa xong. Cần khởi động lại máy tính để hoàn tất lần đó.%n%nSau khi khởi động lại máy tính, hãy chạy lại trình cài đặt để cài xong [name].
CannotContinue=Không cài đặt tiếp được. Xin bấm Hủy để thoát.
ApplicationsFound=Các chương trình sau đang dùng những tệp mà trình cài đặt cần cập nhật. Nên để trình cài đặt tự đóng các chương trình này.
ApplicationsFound2=Các chương trình sau đang dùng những tệp mà trình cài đặt cần cập nhật. Nên để trình cài đặt tự đóng các chương trình này. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=Để trình cài đặt tự đóng các &chương trình
DontCloseApplications=&Không đóng các chương trình
ErrorCloseApplications=Trình cài đặt không tự đóng được tất cả các chương trình. Nên đóng những chương trình đang dùng các tệp cần cập nhật trước khi tiếp tục.
PrepareToInstallNeedsRestart=Trình cài đặt cần khởi động lại máy tính. Sau khi khởi động lại, hãy chạy lại trình cài đặt để cài xong [name].%n%nKhởi động lại ngay bây giờ?

; *** "Installing" wizard page
WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi trình cài đặt cài [name] vào máy tính của bạn.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Hoàn tất cài đặt [name]
FinishedLabelNoIcons=Đã cài xong [name] vào máy tính của bạn.
FinishedLabel=Đã cài xong [name] vào máy tính của bạn. Có thể mở chương trình bằng các lối tắt vừa tạo.
ClickFinish=Bấm Hoàn tất để thoát trình cài đặt.
FinishedRestartLabel=Để cài xong [name], cần khởi động lại máy tính. Khởi động lại ngay bây giờ?
FinishedRestartMessage=Để cài xong [name], cần khởi động lại máy tính.%n%nKhởi động lại ngay bây giờ?
ShowReadmeCheck=Có, tôi muốn xem tệp hướng dẫn (README)
YesRadio=&Có, khởi động lại máy tính ngay bây giờ
NoRadio=&Không, tôi sẽ tự khởi động lại máy tính sau
; used for example as 'Run MyProg.exe'
RunEntryExec=Mở %1
; used for example as 'View Readme.txt'
RunEntryShellExec=Xem %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Cần đĩa tiếp theo
SelectDiskLabel2=Xin cho đĩa số %1 vào rồi bấm OK.%n%nNếu các tệp trên đĩa này nằm ở thư mục khác với thư mục ghi dưới đây, hãy nhập đường dẫn đúng hoặc bấm Duyệt.
PathLabel=Đường &dẫn:
FileNotInDir2=Không tìm thấy tệp "%1" trong "%2". Xin cho đúng đĩa vào hoặc chọn thư mục khác.
SelectDirectoryLabel=Xin chỉ ra nơi có đĩa tiếp theo.

; *** Installation phase messages
SetupAborted=Việc cài đặt chưa xong.%n%nXin sửa lỗi rồi chạy lại trình cài đặt.
AbortRetryIgnoreSelectAction=Chọn cách xử lý
AbortRetryIgnoreRetry=&Thử lại
AbortRetryIgnoreIgnore=&Bỏ qua lỗi và tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt

; *** Installation status messages
StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateIniEntries=Đang ghi tệp INI...
StatusCreateRegistryEntries=Đang ghi vào Registry...
StatusRegisterFiles=Đang đăng ký tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất cài đặt...
StatusRestartingApplications=Đang mở lại các chương trình...
StatusRollback=Đang hoàn lại các thay đổi...

; *** Misc. errors
ErrorInternal2=Lỗi bên trong: %1
ErrorFunctionFailedNoCode=%1 bị lỗi
ErrorFunctionFailed=%1 bị lỗi; mã %2
ErrorFunctionFailedWithMessage=%1 bị lỗi; mã %2.%n%3
ErrorExecutingProgram=Không chạy được tệp:%n%1

; *** Registry errors
ErrorRegOpenKey=Lỗi khi mở khóa Registry:%n%1\%2
ErrorRegCreateKey=Lỗi khi tạo khóa Registry:%n%1\%2
ErrorRegWriteKey=Lỗi khi ghi vào khóa Registry:%n%1\%2

; *** INI errors
ErrorIniEntry=Lỗi khi ghi vào tệp INI "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Bỏ qua tệp này (không nên)
FileAbortRetryIgnoreIgnoreNotRecommended=Bỏ qua lỗi và t&iếp tục (không nên)
SourceIsCorrupted=Tệp nguồn bị hỏng
SourceDoesntExist=Không có tệp nguồn "%1"
ExistingFileReadOnly2=Không thay được tệp đang có vì tệp đó chỉ cho đọc (read-only).
ExistingFileReadOnlyRetry=&Bỏ thuộc tính chỉ đọc rồi thử lại
ExistingFileReadOnlyKeepExisting=&Giữ tệp đang có
ErrorReadingExistingDest=Có lỗi khi đọc tệp đang có:
FileExistsSelectAction=Chọn cách xử lý
FileExists2=Tệp này đã có rồi.
FileExistsOverwriteExisting=&Ghi đè tệp đang có
FileExistsKeepExisting=Giữ tệp đang &có
FileExistsOverwriteOrKeepAll=&Làm như vậy với các trường hợp sau
ExistingFileNewerSelectAction=Chọn cách xử lý
ExistingFileNewer2=Tệp đang có mới hơn tệp trình cài đặt định chép vào.
ExistingFileNewerOverwriteExisting=&Ghi đè tệp đang có
ExistingFileNewerKeepExisting=Giữ tệp đang &có (nên chọn)
ExistingFileNewerOverwriteOrKeepAll=&Làm như vậy với các trường hợp sau
ErrorChangingAttr=Có lỗi khi đổi thuộc tính của tệp đang có:
ErrorCreatingTemp=Có lỗi khi tạo tệp trong thư mục cài đặt:
ErrorReadingSource=Có lỗi khi đọc tệp nguồn:
ErrorCopying=Có lỗi khi chép tệp:
ErrorReplacingExistingFile=Có lỗi khi thay tệp đang có:
ErrorRestartReplace=Thay tệp khi khởi động lại (RestartReplace) bị lỗi:
ErrorRenamingTemp=Có lỗi khi đổi tên tệp trong thư mục cài đặt:
ErrorRegisterServer=Không đăng ký được DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 bị lỗi, mã thoát %1
ErrorRegisterTypeLib=Không đăng ký được thư viện kiểu (type library): %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Mọi người dùng
UninstallDisplayNameMarkCurrentUser=Người dùng hiện tại

; *** Post-installation errors
ErrorOpeningReadme=Có lỗi khi mở tệp hướng dẫn (README).
ErrorRestartingComputer=Trình cài đặt không khởi động lại được máy tính. Xin tự khởi động lại.

; *** Uninstaller messages
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
UninstallUnsupportedVer=Tệp nhật ký gỡ cài đặt "%1" có dạng mà trình gỡ cài đặt phiên bản này không đọc được. Không gỡ cài đặt được
UninstallUnknownEntry=Gặp một mục lạ (%1) trong nhật ký gỡ cài đặt
ConfirmUninstall=Bạn có chắc muốn gỡ hẳn %1 cùng mọi thành phần của nó không?
UninstallOnlyOnWin64=Chỉ gỡ được bản cài đặt này trên Windows 64-bit.
OnlyAdminCanUninstall=Chỉ người dùng có quyền quản trị mới gỡ được bản cài đặt này.
UninstallStatusLabel=Xin chờ trong khi gỡ %1 khỏi máy tính của bạn.
UninstalledAll=Đã gỡ xong %1 khỏi máy tính của bạn.
UninstalledMost=Đã gỡ xong %1.%n%nCó vài phần không gỡ được. Có thể tự xóa những phần đó.
UninstalledAndNeedsRestart=Để gỡ xong %1, cần khởi động lại máy tính.%n%nKhởi động lại ngay bây giờ?
UninstallDataCorrupted=Tệp "%1" bị hỏng. Không gỡ cài đặt được

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Xóa tệp dùng chung?
ConfirmDeleteSharedFile2=Hệ thống cho biết tệp dùng chung sau đây không còn chương trình nào dùng. Có muốn xóa tệp dùng chung này không?%n%nNếu vẫn còn chương trình dùng tệp này mà tệp bị xóa, các chương trình đó có thể chạy sai. Nếu không chắc, hãy chọn Không. Để tệp này lại trên máy cũng không gây hại gì.
SharedFileNameLabel=Tên tệp:
SharedFileLocationLabel=Nơi để:
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Đang cài %1.
ShutdownBlockReasonUninstallingApp=Đang gỡ %1.

; Custom messages: the standard ones of Default.isl; ccb_desktop.iss uses some of them.
[CustomMessages]

NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt thêm:
CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
CreateQuickLaunchIcon=Tạo lối tắt trên thanh Quick &Launch
ProgramOnTheWeb=%1 trên Internet
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
AssocFileExtension=&Gắn %1 với loại tệp %2
AssocingFileExtension=Đang gắn %1 với loại tệp %2...
AutoStartProgramGroupDescription=Khởi động cùng Windows:
AutoStartProgram=Tự mở %1 khi khởi động Windows
AddonHostProgramNotFound=Không tìm thấy %1 trong thư mục bạn chọn.%n%nVẫn muốn tiếp tục?
