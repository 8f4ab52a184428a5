import type { MessageCode } from '../domain/messages'

/** The messages of reading files and storing data (domain/messageTexts.ts), in Vietnamese. */
export const messagesVi: Record<MessageCode, string> = {
  'msg.kind.backupFile': 'tệp sao lưu',
  'msg.kind.backup': 'bản sao lưu',
  'msg.kind.reviewPackage': 'gói đánh giá',
  'msg.kind.feedbackFile': 'tệp nhận xét',
  'msg.done.nothingRestored': 'Không có gì được khôi phục.',
  'msg.done.nothingImported': 'Không có gì được nhập.',
  'msg.section.start': 'tiêu đề trang',
  'msg.section.objectives': 'phần mục tiêu',
  'msg.section.tasks': 'phần công việc',
  'msg.section.achievements': 'phần kết quả đạt được',
  'msg.section.summary': 'phần tổng kết',
  'msg.lang.en': 'tiếng Anh',
  'msg.lang.vi': 'tiếng Việt',

  'msg.fileTooLarge':
    '{path}: tệp có {bytes} byte; không tệp nhật ký nào lớn hơn {limit} byte, nên tệp không được đọc',
  'msg.pageTooLong':
    'trang dài {chars} ký tự; một trang nhật ký dài tối đa {limit} ký tự, nên trang không được đọc',
  'msg.lineTooLong':
    'dòng này dài {chars} ký tự; một dòng của trang nhật ký dài tối đa {limit} ký tự, nên trang không được đọc',
  'msg.tooMuchMarkup':
    'đoạn văn hoặc bảng bắt đầu ở đây chứa hơn {limit} ký tự định dạng ([ ] * _ ~ ` < !); không nhật ký nào cần nhiều như vậy, nên trang không được đọc',
  'msg.nestedTooDeep':
    'danh sách hoặc trích dẫn lồng nhau sâu hơn {limit} cấp ở đây; trang nhật ký cần ít cấp hơn nhiều, nên trang không được đọc',
  'msg.weekTooFar':
    'trang ghi là tuần {number}; một kỳ thực tập có tối đa {limit} tuần, nên trang không được đọc',
  'msg.parserFailed': 'không đọc được trang: lỗi không mong đợi ({reason})',
  'msg.datesOutOfRange':
    'ngày trên trang rơi vào tuần của {monday}, ngoài khoảng {first}–{last}; tuần được xếp như thể trang không có ngày',
  'msg.jsonTooLarge':
    '{kind} dài {millions} triệu ký tự; {kind} dài tối đa {limit} triệu, nên tệp không được đọc.',
  'msg.jsonTooDeep':
    '{kind} bị hỏng hoặc bị làm giả: dữ liệu lồng sâu hơn {limit} cấp ở dòng {line}, điều không {kind} nào của ứng dụng có, nên tệp không được đọc.',
  'msg.zipRefused': '{zip}: {why}, nên tệp zip không được đọc',
  'msg.zipTooManyEntries': 'tệp liệt kê hơn {limit} mục',
  'msg.zipUnsafeEntry': 'mục “{name}” {why}',
  'msg.zipPathControl': 'có ký tự điều khiển trong tên',
  'msg.zipPathAbsolute': 'là đường dẫn tuyệt đối',
  'msg.zipPathDrive': 'bắt đầu bằng ký tự ổ đĩa',
  'msg.zipPathClimbs': 'thoát ra ngoài thư mục của tệp zip bằng “..”',
  'msg.zipDuplicate': 'mục “{name}” xuất hiện hai lần',
  'msg.zipTooManyPages': 'tệp chứa hơn {limit} trang markdown',
  'msg.zipPageTooLarge': 'trang “{name}” sẽ giải nén thành {bytes} byte; một trang nhật ký tối đa {limit}',
  'msg.zipTooLarge': 'các trang sẽ giải nén thành hơn {megabytes} MB',
  'msg.zipPageBroken': '{zip}: không giải nén được trang “{name}” ({reason})',
  'msg.zipPageOverflow':
    '{zip}: trang “{name}” giải nén ra nhiều hơn {bytes} byte mà tệp zip khai báo; tệp zip bị hỏng hoặc bị làm giả, nên không được đọc',
  'msg.zipPageMissing':
    '{zip}: không giải nén được trang “{name}” (tệp zip bị hỏng), nên tệp zip không được đọc',
  'msg.zipUnreadable': '{zip}: không mở được dưới dạng tệp zip ({reason})',

  'msg.emptyFile': 'tệp trống, nên đây không phải trang nhật ký',
  'msg.notText': 'đây không phải tệp văn bản, nên không phải trang nhật ký',
  'msg.notAWeekPage':
    'đây không phải trang nhật ký: trang không có phần mục tiêu, công việc hay kết quả đạt được và không có bảng công việc',
  'msg.sectionPage': 'đây là trang mục nhật ký (danh sách các tuần), không phải trang của một tuần',
  'msg.noWeekNumber':
    'không biết trang này là tuần nào: không có số tuần trong tên thư mục (1.7-Week7), trong `pre`, trong tiêu đề hay trong `weight`',
  'msg.tomlFrontMatter': 'không hỗ trợ front matter TOML (+++); hãy viết bằng YAML giữa hai dòng ---',
  'msg.unclosedFrontMatter':
    'front matter mở bằng dòng --- đầu tiên không bao giờ được đóng bằng dòng thứ hai, nên trang không lấy được tiêu đề hay ngày từ đó; các dòng của nó được giữ làm ghi chú',
  'msg.badFrontMatterDate': 'ngày “{date}” trong front matter không phải là ngày; tuần không có ngày đăng',
  'msg.badYaml': 'front matter không phải YAML hợp lệ ({reason})',
  'msg.frontMatterNotFields': 'front matter không phải các dòng `khóa: giá trị`',
  'msg.keptAsNote': 'được giữ làm ghi chú sau {section}: “{preview}”',
  'msg.monthFirstDates':
    'ngày trong bảng này được viết tháng trước (MM/dd/yyyy); chúng được đọc theo cách đó',
  'msg.monthFirstDatesGuessed':
    'ngày trong bảng này được viết tháng trước (MM/dd/yyyy); chúng được đọc theo cách đó, vì chỉ như vậy chúng mới nằm trong một tuần',
  'msg.otherColumns':
    'bảng công việc có các cột không phải ngày, công việc, ngày tháng hay tài liệu tham khảo ({names}); chúng được giữ nguyên trong ô riêng',
  'msg.columnNumber': 'cột {n}',
  'msg.notADate':
    '“{text}” trong cột {column} không phải ngày viết theo dd/MM/yyyy; nội dung được giữ trong chi tiết công việc',
  'msg.extraCells':
    'hàng này có {cells} ô nhưng tiêu đề bảng có {header}; phần chữ thừa được giữ trong chi tiết công việc',
  'msg.notADay':
    '“{text}” không phải một ngày trong tuần; ngày được lấy từ ngày tháng và chữ được giữ trong chi tiết',
  'msg.noDayNoDate': 'hàng này không có thứ và không có ngày; công việc được xếp vào Thứ Hai',

  'msg.weekReadTwice': 'tuần {number} ({lang}) đã được đọc từ {earlier}',
  'msg.placedFromOthers': 'trang không có ngày; tuần được xếp theo các tuần khác, vào Thứ Hai {monday}',
  'msg.noPageDated': 'không trang nào có ngày; tuần 1 được coi là bắt đầu vào Thứ Hai {monday}',
  'msg.backupAlone': 'Bản sao lưu (.json) được khôi phục riêng: chỉ chọn tệp sao lưu.',
  'msg.inFile': '{path}: {reason}',
  'msg.nothingPicked':
    'Không tìm thấy trang markdown (.md), tệp zip hay bản sao lưu (.json) nào trong những gì bạn chọn.',
  'msg.filesUnreadable': 'Không đọc được các tệp: {reason}',

  'msg.jsonEmpty': '{kind} trống. {done}',
  'msg.withDone': '{reason} {done}',
  'msg.jsonCutShort':
    '{kind} bị cắt ngắn: tệp kết thúc giữa chừng dữ liệu, nên đã không được lưu hoặc tải về đầy đủ. {done}',
  'msg.jsonInvalid': '{kind} bị hỏng: đây không phải JSON hợp lệ. {done}',
  'msg.jsonInvalidAt': '{kind} bị hỏng: JSON không hợp lệ ở dòng {line}, cột {column}. {done}',
  'msg.jsonNotObject':
    'Tệp này không phải {name} của Worklog Tracker: tệp không chứa đối tượng {name}. {done}',
  'msg.jsonWrongFormat': 'Tệp này không phải {name} của Worklog Tracker. {done}',
  'msg.jsonOtherFormat':
    'Tệp này không phải {name} của Worklog Tracker (định dạng của tệp là “{format}”). {done}',
  'msg.jsonNoVersion': '{kind} bị hỏng: thiếu schemaVersion hoặc giá trị đó không phải số phiên bản. {done}',
  'msg.jsonNewerVersion':
    '{kind} này được tạo bởi phiên bản Worklog Tracker mới hơn ({name} phiên bản {version}; phiên bản này đọc được đến {max}). Hãy cập nhật ứng dụng để mở. {done}',
  'msg.backupDamaged': 'Tệp sao lưu bị hỏng: {problem}. Không có gì được khôi phục.',
  'msg.backupOrphanWeek':
    'Tệp sao lưu bị hỏng: tuần {number} thuộc nhật ký “{journal}”, nhật ký này không có trong tệp. Không có gì được khôi phục.',

  'msg.exchangeNoChecksum': '{kind} bị hỏng: thiếu mã kiểm tra hoặc dữ liệu. {done}',
  'msg.exchangeChanged':
    '{kind} đã bị thay đổi sau khi xuất (mã kiểm tra không khớp với nội dung), nên không thể tin cậy. Hãy yêu cầu xuất lại. {done}',
  'msg.exchangeDamaged': '{kind} bị hỏng: {problem}. {done}',
  'msg.packageStray':
    'Gói đánh giá bị hỏng: gói chứa dữ liệu của một nhật ký khác (“{journal}”). Không có gì được nhập.',
  'msg.feedbackUnsigned':
    'Tệp nhận xét không được ký, nên không có gì cho thấy người hướng dẫn của bạn đã viết nó. Hãy nhờ người hướng dẫn xuất lại nhận xét.',
  'msg.feedbackNoSignature': 'Tệp nhận xét bị hỏng: thiếu hoặc sai người ký, chữ ký hoặc dữ liệu.',
  'msg.feedbackTampered':
    'Tệp nhận xét đã bị thay đổi sau khi ký (chữ ký không khớp với nội dung), nên không thể tin cậy. Hãy nhờ người hướng dẫn xuất lại.',
  'msg.feedbackBadPayload': 'Tệp nhận xét bị hỏng: dữ liệu đã ký không phải JSON hợp lệ.',
  'msg.feedbackDamaged': 'Tệp nhận xét bị hỏng: {problem}.',
  'msg.feedbackWrongMentor':
    'Tệp nhận xét bị hỏng: tên dùng để ký không phải người hướng dẫn có tên trong tệp.',
  'msg.feedbackStray': 'Tệp nhận xét bị hỏng: tệp chứa nhận xét của một nhật ký khác (“{journal}”).',

  'msg.weekNotStored': 'Tuần {number} chưa được lưu, nên không thể đánh giá.',
  'msg.onlyMentorDecides': 'Chỉ người hướng dẫn mới duyệt hoặc trả lại một tuần, từ bản sao của họ.',
  'msg.weekChangedMeanwhile': 'Tuần {number} vừa thay đổi; hãy xem lại trước khi quyết định.',
  'msg.notSubmitted': 'Tuần {number} chưa được nộp: chỉ tuần đã nộp mới có thể được duyệt hoặc trả lại.',
  'msg.alreadyApproved':
    'Tuần {number} đã được duyệt và chưa thay đổi từ đó: chưa có gì để quyết định cho đến khi nó thay đổi.',
  'msg.changesRequested':
    'Tuần {number} đã được yêu cầu sửa: có thể quyết định lại khi thực tập sinh nộp lại.',
  'msg.feedbackNoJournal':
    'Nhận xét này dành cho nhật ký của {owner}, nhật ký đó không có trong trình duyệt này. Không có gì được nhập.',
  'msg.anotherIntern': 'một thực tập sinh khác',
  'msg.feedbackForReviewer':
    'Nhận xét này dành cho nhật ký của {owner}, mà bạn giữ với vai trò người đánh giá: chỉ thực tập sinh mới nhập nhận xét. Không có gì được nhập.',
  'msg.keyMismatch':
    'Tệp nhận xét này được ký bằng một khóa khác với khóa của {name} (dấu vân tay {fingerprint}) đã ghim cho nhật ký này ngày {at}: tệp không được tạo trong trình duyệt của người hướng dẫn. Không có gì được nhập.',
  'msg.ownJournalPackage':
    'Gói đánh giá này chứa chính nhật ký của bạn ({owner}): nhật ký đã có ở đây và sửa được, nên không được nhập thành bản sao.',
  'msg.noVersionToExport': 'Tuần {number} không có bản {lang} để xuất',
  'msg.noFolderPicker': 'Trình duyệt này không mở được thư mục để lưu vào.',
  'msg.journalGone': 'nhật ký không còn được lưu',
  'msg.staleWrite': 'Tuần {number} đã được thay đổi ở nơi khác (hiện ở bản sửa {revision}).',
  'msg.brokenRecord': 'Bản ghi {store} “{key}” đã lưu bị hỏng: {problem}',
  'msg.readOnlyJournal': 'Nhật ký {journal} chỉ được đọc hoặc không còn tồn tại.',
  'msg.signingKeyNotStored': 'Không lưu được khóa ký của trình duyệt này, nên không thể ký nhận xét nào.',
  'msg.siteFolderGone': 'Nhật ký này không còn thư mục trang web (nó đã bị quên ở một thẻ khác).',
}
