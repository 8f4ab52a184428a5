// The English templates of the messages that reading files and storing data report (see messages.ts).
// i18n/en.ts takes them as they are; i18n/vi.ts says each of them in Vietnamese.

export const MESSAGE_TEXT_EN = {
  // What a file is, as the messages name it.
  'msg.kind.backupFile': 'backup file',
  'msg.kind.backup': 'backup',
  'msg.kind.reviewPackage': 'review package',
  'msg.kind.feedbackFile': 'feedback file',
  'msg.done.nothingRestored': 'Nothing was restored.',
  'msg.done.nothingImported': 'Nothing was imported.',
  'msg.section.start': 'the page title',
  'msg.section.objectives': 'the objectives',
  'msg.section.tasks': 'the tasks',
  'msg.section.achievements': 'the achievements',
  'msg.section.summary': 'the summary',
  'msg.lang.en': 'English',
  'msg.lang.vi': 'Vietnamese',

  // Limits on what a file may hold (codec/limits.ts, safeJson.ts, safeZip.ts).
  'msg.fileTooLarge':
    '{path}: the file is {bytes} bytes; no worklog file is larger than {limit} bytes, so it was not read',
  'msg.pageTooLong':
    'the page is {chars} characters long; a worklog page is at most {limit}, so it was not read',
  'msg.lineTooLong':
    'the line is {chars} characters long; a line of a worklog page is at most {limit}, so the page was not read',
  'msg.tooMuchMarkup':
    'the paragraph or table starting here holds more than {limit} markup characters ([ ] * _ ~ ` < !); no worklog needs that many, so the page was not read',
  'msg.nestedTooDeep':
    'lists or quotes are nested more than {limit} deep here; a worklog page needs far fewer levels, so it was not read',
  'msg.weekTooFar':
    'the page says it is week {number}; an internship has at most {limit} weeks, so it was not read',
  'msg.parserFailed': 'the page could not be read: an unexpected error ({reason})',
  'msg.datesOutOfRange':
    "the page's dates fall in the week of {monday}, outside {first}–{last}; the week is placed as if the page had no dates",
  'msg.jsonTooLarge':
    'The {kind} is {millions} million characters long; a {kind} is at most {limit} million, so it was not read.',
  'msg.jsonTooDeep':
    'The {kind} is damaged or crafted: its data is nested more than {limit} levels deep at line {line}, which no {kind} of the app is, so it was not read.',
  'msg.zipRefused': '{zip}: {why}, so the zip was not read',
  'msg.zipTooManyEntries': 'it lists more than {limit} entries',
  'msg.zipUnsafeEntry': 'the entry “{name}” {why}',
  'msg.zipPathControl': 'has control characters in its name',
  'msg.zipPathAbsolute': 'is an absolute path',
  'msg.zipPathDrive': 'starts with a drive letter',
  'msg.zipPathClimbs': 'climbs out of the zip’s folder with “..”',
  'msg.zipDuplicate': 'the entry “{name}” appears twice',
  'msg.zipTooManyPages': 'it holds more than {limit} markdown pages',
  'msg.zipPageTooLarge': 'the page “{name}” would unpack to {bytes} bytes; a worklog page is at most {limit}',
  'msg.zipTooLarge': 'its pages would unpack to more than {megabytes} MB',
  'msg.zipPageBroken': '{zip}: the page “{name}” cannot be unpacked ({reason})',
  'msg.zipPageOverflow':
    '{zip}: the page “{name}” unpacks to more than the {bytes} bytes the zip declares for it; the zip is damaged or crafted, so it was not read',
  'msg.zipPageMissing':
    '{zip}: the page “{name}” could not be unpacked (the zip is damaged), so the zip was not read',
  'msg.zipUnreadable': '{zip}: cannot be opened as a zip ({reason})',

  // Reading a week page (codec/parseWeekPage.ts and the readers it calls).
  'msg.emptyFile': 'the file is empty, so it is not a worklog page',
  'msg.notText': 'this is not a text file, so it is not a worklog page',
  'msg.notAWeekPage':
    'this is not a worklog page: it has no objectives, tasks or achievements section and no tasks table',
  'msg.sectionPage': 'this is the worklog section page (the list of weeks), not a week page',
  'msg.noWeekNumber':
    'cannot tell which week this page is: there is no week number in the folder name (1.7-Week7), in `pre`, in the title or in `weight`',
  'msg.tomlFrontMatter': 'TOML front matter (+++) is not supported; write it as YAML between --- lines',
  'msg.unclosedFrontMatter':
    'the front matter opened by the first --- line is never closed by a second one, so the page has no title or date from it; its lines are kept as a note',
  'msg.badFrontMatterDate': 'the front matter date “{date}” is not a date; the week has no publish date',
  'msg.badYaml': 'the front matter is not valid YAML ({reason})',
  'msg.frontMatterNotFields': 'the front matter is not a set of `key: value` lines',
  'msg.keptAsNote': 'kept as a note after {section}: “{preview}”',
  'msg.monthFirstDates':
    'the dates in this table are written month first (MM/dd/yyyy); they are read that way',
  'msg.monthFirstDatesGuessed':
    'the dates in this table are written month first (MM/dd/yyyy); they are read that way, since only that puts them in one week',
  'msg.otherColumns':
    'the tasks table has columns that are not day, task, dates or reference ({names}); they are kept as they are, in their own cells',
  'msg.columnNumber': 'column {n}',
  'msg.notADate':
    "“{text}” in the {column} column is not a date written dd/MM/yyyy; it is kept in the task's detail",
  'msg.extraCells':
    "this row has {cells} cells but the header has {header}; the extra text is kept in the task's detail",
  'msg.notADay':
    '“{text}” is not a day of the week; the day is taken from the dates and the text kept in the detail',
  'msg.noDayNoDate': 'this row has no day and no date; it is put on Monday',

  // Importing pages (codec/importPages.ts, pickedFiles.ts).
  'msg.weekReadTwice': 'week {number} ({lang}) was already read from {earlier}',
  'msg.placedFromOthers':
    'the page has no dates; the week is placed from the other weeks, on Monday {monday}',
  'msg.noPageDated': 'no page has a date; week 1 is assumed to start on Monday {monday}',
  'msg.backupAlone': 'A backup (.json) is restored on its own: pick only the backup file.',
  'msg.inFile': '{path}: {reason}',
  'msg.nothingPicked': 'No markdown page (.md), zip or backup (.json) was found in what you picked.',
  'msg.filesUnreadable': 'The files could not be read: {reason}',

  // The app's own JSON files (codec/jsonFile.ts, backup.ts).
  'msg.jsonEmpty': 'The {kind} is empty. {done}',
  'msg.withDone': '{reason} {done}',
  'msg.jsonCutShort':
    'The {kind} is cut short: it ends in the middle of the data, so it was not saved or downloaded completely. {done}',
  'msg.jsonInvalid': 'The {kind} is damaged: it is not valid JSON. {done}',
  'msg.jsonInvalidAt': 'The {kind} is damaged: it is not valid JSON at line {line}, column {column}. {done}',
  'msg.jsonNotObject': 'This file is not a Worklog Tracker {name}: it holds no {name} object. {done}',
  'msg.jsonWrongFormat': 'This file is not a Worklog Tracker {name}. {done}',
  'msg.jsonOtherFormat': 'This file is not a Worklog Tracker {name} (its format is “{format}”). {done}',
  'msg.jsonNoVersion': 'The {kind} is damaged: its schemaVersion is missing or not a version number. {done}',
  'msg.jsonNewerVersion':
    'This {kind} was made by a newer version of Worklog Tracker ({name} version {version}; this version reads up to {max}). Update the app to open it. {done}',
  'msg.backupDamaged': 'The backup file is damaged: {problem}. Nothing was restored.',
  'msg.backupOrphanWeek':
    'The backup file is damaged: week {number} belongs to journal “{journal}”, which is not in the file. Nothing was restored.',

  // Review packages and feedback files (codec/reviewExchange.ts, signedFeedback.ts).
  'msg.exchangeNoChecksum': 'The {kind} is damaged: its checksum or payload is missing. {done}',
  'msg.exchangeChanged':
    'The {kind} was changed after it was exported (its checksum does not match its content), so it cannot be trusted. Ask for a new export. {done}',
  'msg.exchangeDamaged': 'The {kind} is damaged: {problem}. {done}',
  'msg.packageStray':
    'The review package is damaged: it holds data of another journal (“{journal}”). Nothing was imported.',
  'msg.feedbackUnsigned':
    'The feedback file is not signed, so nothing shows that your mentor wrote it. Ask your mentor to export the feedback again.',
  'msg.feedbackNoSignature':
    'The feedback file is damaged: its signer, signature or payload is missing or malformed.',
  'msg.feedbackTampered':
    'The feedback file was changed after it was signed (its signature does not match its content), so it cannot be trusted. Ask your mentor for a new export.',
  'msg.feedbackBadPayload': 'The feedback file is damaged: its signed payload is not valid JSON.',
  'msg.feedbackDamaged': 'The feedback file is damaged: {problem}.',
  'msg.feedbackWrongMentor':
    'The feedback file is damaged: the name it is signed with is not the mentor named in it.',
  'msg.feedbackStray': 'The feedback file is damaged: it holds comments of another journal (“{journal}”).',

  // The mentor's decisions and the review files' import (storage/review.ts, feedback.ts, packageImport.ts).
  'msg.weekNotStored': 'Week {number} is not stored, so it cannot be reviewed.',
  'msg.onlyMentorDecides': 'Only the mentor approves or sends back a week, from their own copy.',
  'msg.weekChangedMeanwhile': 'Week {number} changed meanwhile; look again before deciding.',
  'msg.notSubmitted':
    'Week {number} has not been submitted: only a submitted week can be approved or sent back.',
  'msg.alreadyApproved':
    'Week {number} is already approved and has not changed since: there is nothing to decide until it changes.',
  'msg.changesRequested':
    'Changes were requested on week {number}: it can be decided again once the intern resubmits it.',
  'msg.feedbackNoJournal':
    'This feedback is for the journal of {owner}, which is not in this browser. Nothing was imported.',
  'msg.anotherIntern': 'another intern',
  'msg.feedbackForReviewer':
    "This feedback is for {owner}'s journal, which you hold as a reviewer: only the intern imports feedback. Nothing was imported.",
  'msg.keyMismatch':
    "This feedback file is signed by another key than the one of {name} (fingerprint {fingerprint}), pinned for this journal on {at}: it was not made in your mentor's browser. Nothing was imported.",
  'msg.ownJournalPackage':
    'This review package holds your own journal ({owner}): it is already here and editable, so it was not imported as a copy.',

  // Exporting and saving into a site folder (codec/emitWeekPage.ts, queries/).
  'msg.noVersionToExport': 'Week {number} has no {lang} version to export',
  'msg.noFolderPicker': 'This browser cannot open a folder to save into.',
  'msg.journalGone': 'the journal is no longer stored',

  // Storage (storage/errors.ts and the repository).
  'msg.staleWrite': 'Week {number} was changed elsewhere (now at revision {revision}).',
  'msg.brokenRecord': 'The stored {store} record "{key}" is damaged: {problem}',
  'msg.readOnlyJournal': 'Journal {journal} is read-only or no longer exists.',
  'msg.signingKeyNotStored':
    'The signing key of this browser could not be stored, so no feedback can be signed.',
  'msg.siteFolderGone': 'This journal has no site folder any more (it was forgotten in another tab).',
} as const
