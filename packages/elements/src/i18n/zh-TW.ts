// The UI's Traditional Chinese text, copied word for word from chapter 3 of the GEPI e-system manual
// (憑證註冊與指派作業). This catalog is the reference: its keys define `Translation`, so every other
// catalog must supply the same keys. `{name}` marks a parameter filled in by `t(key, params)`.
// The words are the manual's; its punctuation is not: the published text's half-width `,` `:` `(` `)`
// are an artifact of its extraction, so this catalog writes the full-width ，：；！？（） a Taiwanese
// reader expects (test/zh-punctuation.test.ts checks every zh-TW string of the kit).

export const zhTW = {
  // Menu (左方功能列)
  'menu.firstRegistration': '首次註冊',
  'menu.authorization': '授權指派',
  'menu.certSwap': '更換憑證',
  'menu.swapOrgCert': '更換機關憑證',
  'menu.swapManagerCert': '更換授權管理者自然人憑證',
  'menu.swapBoth': '更換機關憑證和更換授權管理者自然人憑證',
  'menu.queries': '查詢作業',
  'menu.queryReceipts': '查詢憑證註冊收件紀錄',
  'menu.queryOrgOid': '查詢機關憑證OID',
  'menu.queryCitizenSerial': '查詢自然人憑證序號',
  'menu.queryAuthorizedList': '查詢已授權清單',
  'menu.home': '回首頁',
  'menu.backToAgency': '回要保機關作業',

  // Shared words
  'common.confirm': '確認',
  'common.cancel': '取消',
  'common.exit': '退出',
  'common.clear': '清除',
  'common.close': '關閉',
  'common.previousPage': '上一頁',
  'common.add': '新增',
  'common.edit': '修改',
  'common.delete': '刪除',
  'common.search': '搜尋',
  'common.query': '查詢',
  'common.required': '（必填）',
  'common.notes': '※注意事項：',
  'common.requiredNote': '* 為必填欄位。',
  'common.name': '姓名',
  'common.nationalId': '身分證統一編號',

  // Terms (用戶約定條款); figures 3-4, 3-23, 3-28, 3-33
  'terms.screenTitle': '同意條款畫面',
  'terms.title': '公教人員保險網路作業 e 系統用戶約定條款',
  'terms.downloadTime': '網頁下載時間：{time}',
  'terms.intro':
    '本要保單位已閱讀後充分瞭解並同意遵守「公教人員保險網路作業 e 系統」（以下稱本作業系統）用戶約定條款（以下稱本約定條款）：',
  'terms.clause1': '本要保單位應選用本作業系統所需的電腦環境及安全的應用系統，並採取適當的防護控制措施。',
  'terms.clause2':
    '本要保單位應確保資料之正確性，如因資料有誤、不實導致被保險人等權益受損，應自行解決並承擔責任。',
  'terms.clause3':
    '本要保單位應以機關憑證及單位授權管理人之自然人憑證完成註冊，進行承辦人權限設定（含授權指派、變更或停止作業），代理本要保單位辦理公教人員保險相關事宜。本要保單位對承辦人之申報作業應善盡管理責任，並監督其使用本作業系統之正確性與安全性。',
  'terms.clause4': '本要保單位應避免將相關憑證交付他人或遭他人冒用、盜用之情事發生，以善盡保管責任。',
  'terms.clause5':
    '本要保單位同意以本作業系統申報（辦）後產製及傳輸之電子文件作為書面文件之原本或正本，免再送蓋用印信或公保專用章的書面文件。',
  'terms.clause6': '當本作業系統無法運作時，本要保單位仍應依相關規定於期限內辦理申報（辦）作業。',
  'terms.clause7': '雙方對申報（辦）結果產生疑義時，同意承保機關依相關法律規定及程序辦理。',
  'terms.clause8':
    '本要保單位自本作業系統取得（查詢、列印）之資料，應負保密責任，如有不當使用或侵犯個人隱私，應依個人資料保護法暨其他相關規定負法律責任。',
  'terms.clause9': '本要保單位裁撤後，承保機關有權終止提供本作業系統服務。',
  'terms.clause10': '本約定條款如有未盡事宜，悉依有關法令及承保機關相關作業規定辦理。',
  'terms.agree': '同意條款內容',
  'terms.disagree': '不同意條款內容',

  // Organization card confirmation (機關憑證確認畫面); figures 3-5, 3-24
  'orgCard.title': '機關憑證確認畫面',
  'orgCard.openCardNotice': '※請先確認IC卡已完成開卡程序。',
  'orgCard.instruction': '請將機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
  'orgCard.instructionSwapped': '請將更換後機關憑證IC卡放入讀卡機，並輸入畫面欄位：',
  'orgCard.agencyCode': '機關代號（五碼）',
  'orgCard.pin': '機關憑證IC卡密碼（PIN碼）',
  'orgCard.lockWarning':
    'IC卡PIN碼（即密碼）輸入三次以上錯誤，即造成IC卡鎖卡，請至所屬憑證管理中心進行鎖卡解碼：',
  'orgCard.oidMismatch': '貴機關申請憑證註冊，因申請資料比對不符，需進行審核，請填聯絡資料。',

  // Applicant contact when the OID does not match (機關憑證註冊申請人確認畫面); figures 3-6, 3-7
  'applicant.title': '機關憑證註冊申請人確認畫面',
  'applicant.name': '姓名',
  'applicant.phone': '電話',
  'applicant.pending':
    '申請資料審核中，若審核通過，於下一個營業日貴機關即可重新辦理註冊。若審核不通過，本部將與 貴機關聯絡。',
  'applicant.stillPending': '如於次一營業日後再行註冊仍出現此訊息，請惠予與本部聯絡，連絡電話：',

  // Bank contact (臺灣銀行公教保險部)
  'bank.name': '臺灣銀行公教保險部',
  'bank.switchboard': '總機：{phone}',
  'bank.extension': '分機 {ext}',
  'bank.section1': '承保第一科',
  'bank.section1Regions': '宜蘭、基隆、臺北、桃園、苗栗、新竹、花蓮、澎湖、金門、馬祖等地要保機關',
  'bank.section2': '承保第二科',
  'bank.section2Regions': '彰化、臺中、南投、雲林、嘉義、臺南、高雄、屏東、臺東等地要保機關',

  // Certificate authorities (憑證管理中心), for the lock warning's contact list
  'ca.GCA': '政府憑證管理中心（GCA）',
  'ca.XCA': '組織及團體憑證管理中心（XCA）',
  'ca.MOEACA': '經濟部工商憑證管理中心（MOEACA）',
  'ca.HCA': '醫事憑證管理中心（HCA）',
  'ca.MOICA': '內政部憑證管理中心（MOICA）',
  'ca.website': '服務網址：{url}',
  'ca.phone': '服務專線：{phone}',

  // Citizen card confirmation (自然人憑證確認畫面); figures 3-8, 3-30, 3-42
  'citizenCard.title': '自然人憑證確認畫面',
  'citizenCard.instruction': '請放入授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
  'citizenCard.instructionSwapped': '請放入更換後授權管理者之自然人憑證IC卡，並輸入畫面欄位：',
  'citizenCard.instructionQuery': '請放入自然人憑證IC卡，並輸入畫面欄位：',
  'citizenCard.managerNationalId': '授權管理者身分證統一編號',
  'citizenCard.nationalId': '身分證統一編號',
  'citizenCard.pin': '自然人憑證IC卡密碼（為PIN碼）',
  'citizenCard.lockWarning':
    '自然人IC卡PIN碼（即密碼）輸入三次以上錯誤，即造成IC卡鎖卡，請至內政部憑證管理中心（http://moica.nat.gov.tw）\\『憑證作業』\\『鎖卡解碼』重新設定新的PIN碼。',

  // Certificate information panels; figures 3-9, 3-26
  'orgInfo.title': '機關（組織）憑證資訊',
  'orgInfo.agencyCode': '機關代號',
  'orgInfo.agencyName': '機關名稱',
  'orgInfo.oid': '機關（組織）OID',
  'orgInfo.serial': '機關憑證序號',
  'orgInfo.cardNumber': '機關憑證卡號',
  'orgInfo.dn': '憑證DN',
  'orgInfo.validity': '憑證效期',
  'orgInfo.cardType': '卡別',
  'managerInfo.title': '授權管理者自然人憑證資訊',
  'managerInfo.nationalId': '授權管理者身分證統一編號',
  'managerInfo.serial': '自然人憑證序號',
  'managerInfo.cardNumber': '憑證卡號',
  'managerInfo.dn': '憑證DN',
  'managerInfo.validity': '憑證效期',

  // Manager contact fields (請輸入下列欄位)
  'contact.prompt': '請輸入下列欄位：',
  'contact.name': '姓名',
  'contact.email': '電子信箱',
  'contact.phone': '連絡電話',
  'contact.phoneExample': '範例：(02)2701-3411',
  'contact.extension': '分機',
  'contact.note': '備註',

  // Results. The manual's figure of the first-registration result is illegible; its success message
  // follows the wording of the swap results (更換機關憑證成功!).
  'result.firstRegistrationSuccess': '首次註冊成功！',
  'result.firstRegistrationNext': '註冊成功後可點選左方功能列接續辦理授權指派經辦人作業。',
  'result.swapOrgSuccess': '更換機關憑證成功！',
  'result.swapManagerSuccess': '完成更換授權管理者自然人憑證，如欲繼續辦理授權指派作業，請點選左方選單！',
  'result.swapBothSuccess':
    '貴機關已完成機關憑證及授權管理者自然人憑證更換，如需進行授權指派作業，請點選左方選單。',
  'result.addSuccess': '新增成功！',
  'result.editSuccess': '修改成功！',
  'result.deleteSuccess': '刪除成功！',
  // Under a result, as the manual's result figures show it.
  'result.receivedAt': '收件時間：{time}',
  'result.receiptNumber': '收件編號：{number}',
  'result.printReceipt': '列印收件回執',
  // 收件回執, the printed receipt of a registration or swap (not in the manual).
  'receipt.title': '收件回執',
  'receipt.number': '收件編號',
  'receipt.agency': '機關',
  'receipt.item': '辦理項目',
  'receipt.by': '辦理人',
  'receipt.handler': '授權經辦人',
  'receipt.person': '{name}（{id}）',
  'receipt.at': '收件時間',

  // Handler list (授權經辦人清單); figures 3-14 to 3-22
  'handlers.userInfo': '使用者資訊',
  'handlers.agencyCode': '機關代號',
  'handlers.agencyName': '機關名稱',
  'handlers.managerName': '授權管理者姓名',
  'handlers.listTitle': '【授權經辦人清單】',
  'handlers.pageSize': '顯示筆數',
  'handlers.colIndex': '序號',
  'handlers.colName': '姓名',
  'handlers.colNationalId': '身分證統一編號',
  'handlers.colActions': '操作區',
  'handlers.empty': '目前查無資料！',
  'handlers.footer': '顯示第 {from} 至 {to} 項結果，共 {total} 項',

  // Handler form (資料輸入區)
  'handlerForm.addTitle': '資料輸入區【新增授權經辦人】',
  'handlerForm.editTitle': '資料輸入區【修改授權經辦人】',
  'handlerForm.instruction': '新增指派經辦人，請放入指派經辦人自然人憑證以便匯入憑證序號及姓名',
  'handlerForm.serial': '憑證序號（SN）',
  'handlerForm.serialHint': '請直接輸入本欄位或於讀卡機中插入自然人憑證後按{button}',
  'handlerForm.readCard': '讀取憑證',
  'handlerForm.name': '姓名',
  'handlerForm.nationalId': '身分證統一編號',
  'handlerForm.permissionsTitle': '功能選單【新增擁有權限】',

  // Delete confirmation dialog (刪除確認); figure 3-21
  'deleteDialog.title': '刪除確認',
  'deleteDialog.message': '您確定刪除這筆資料？',

  // Receipt record query (查詢憑證註冊收件紀錄); figures 3-38, 3-39
  'receipts.title': '查詢憑證註冊紀錄',
  'receipts.agencyCode': '機關代號',
  'receipts.results': '查詢結果：',
  'receipts.colIndex': '序號',
  'receipts.colAgencyCode': '機關代號',
  'receipts.colAgencyName': '機關名稱',
  'receipts.colReceivedAt': '收件時間',
  'receipts.colItem': '註冊項目',
  'receipts.number': '收件編號：{number}',
  'receipts.item.firstRegistration': '首次註冊',
  'receipts.item.swapOrg': '更換機關憑證',
  'receipts.item.swapManager': '更換授權管理者自然人憑證',
  'receipts.item.swapBoth': '更換機關憑證與授權管理者自然人憑證',
  'receipts.item.handlerCreated': '新增授權經辦人',
  'receipts.item.handlerUpdated': '修改授權經辦人',
  'receipts.item.handlerDeleted': '刪除授權經辦人',

  // 申請及審核情形 in 收件紀錄 (not in the manual: the home page's 申請及審核情形之查詢功能)
  'applications.title': '申請及審核情形',
  'applications.intro': '機關憑證OID與本部登錄資料不符而送出之註冊申請，請插入該機關憑證查詢審核情形。',
  'applications.open': '以機關憑證查詢申請及審核情形',
  'applications.back': '回查詢憑證註冊紀錄',
  'applications.agency': '機關：{code} {name}',
  'applications.empty': '目前查無資料！',
  'applications.item': '申請案件 {n}',
  'applications.submittedAt': '申請時間',
  'applications.applicant': '申請人',
  'applications.card': '機關憑證',
  'applications.state': '審核情形',
  'applications.decidedAt': '審核時間',
  'applications.retry': '重新註冊',
  'applications.reason': '未核准原因',
  'applications.noReason': '本部將與 貴機關聯絡。',
  'applications.found': '共 {total} 件申請',

  // Organization certificate OID query; figure 3-41
  'oidResult.title': '機關憑證OID查詢結果畫面',
  'oidResult.agencyName': '機關名稱',
  'oidResult.oid': '機關憑證OID',

  // Citizen certificate serial query (查詢自然人憑證結果畫面)
  'serialResult.title': '查詢自然人憑證結果畫面',
  'serialResult.name': '姓名',
  'serialResult.serial': '自然人憑證序號',

  // handler views: pager, handler list, handler editor. The manual names none of these strings
  // (its screens have no paging buttons, badges or export); they follow its wording and punctuation.
  'pager.label': '分頁',
  'pager.page': '第 {page} 頁',
  'pager.next': '下一頁',
  'handlers.colPermissions': '擁有權限',
  'handlers.noPermissions': '無',
  'handlers.exportCsv': '匯出CSV',
  'handlers.print': '列印',
  'handlers.cardExpiring': '憑證將於{date}到期',
  'handlers.cardExpired': '憑證已於{date}到期',
  'handlers.cardRevoked': '憑證已廢止',
  'handlers.cardUnknown': '憑證狀態不明',
  'handlers.cardUnknownHint': '本系統未曾讀取此序號的憑證，無法得知其效期',
  'handlers.cardValid': '憑證有效至{date}',
  'handlers.renewCard': '讀取新卡更新序號',
  'handlers.newPermissions': '未具新增功能：{names}',
  'handlers.colCardState': '憑證狀態',
  'handlers.colNewPermissions': '未具新增功能',
  'handlers.printTitle': '{agency}　已授權清單',
  'handlers.printedAt': '列印時間：{time}',
  'handlers.orgCardExpiring': '機關憑證將於{date}到期，請於到期前辦理更換機關憑證',
  'handlers.orgCardExpired': '機關憑證已於{date}到期，請辦理更換機關憑證',
  'handlers.orgCardRevoked': '機關憑證已廢止，請辦理更換機關憑證',
  'handlers.managerCardExpiring':
    '授權管理者自然人憑證將於{date}到期，請於到期前辦理更換授權管理者自然人憑證',
  'handlers.managerCardExpired': '授權管理者自然人憑證已於{date}到期，請辦理更換授權管理者自然人憑證',
  'handlers.managerCardRevoked': '授權管理者自然人憑證已廢止，請辦理更換授權管理者自然人憑證',
  'handlerForm.templates': '權限範本',
  'handlerForm.templateSelect': '套用權限範本',
  'handlerForm.templateNone': '請選擇',
  'handlerForm.templateApply': '套用',
  'handlerForm.templateApplied': '已套用權限範本「{name}」，請確認勾選的功能。',
  'handlerForm.templateName': '範本名稱',
  'handlerForm.templateSave': '儲存為範本',
  'handlerForm.templateDelete': '刪除範本',
  'handlerForm.permissionsRequired': '請至少勾選一項功能選單權限。',
  'handlerForm.readingCard': '讀取憑證中，請稍候…',
  'handlerForm.cardRead': '已讀取憑證，已匯入憑證序號及姓名。',

  // ROC date-time (民國紀年, Asia/Taipei): {y} ROC year, {gy} Gregorian year, the rest two digits
  'format.rocDateTime': '{y}年{MM}月{dd}日{HH}點{mm}分{ss}秒',

  // card-confirm, cert-info, contact-form, applicant-form, message, ca-contacts. The manual has no
  // screen for the card in the reader, PIN entry outside the page, expiry or a locked card; those
  // strings follow its wording and punctuation.
  'form.errorSummaryTitle': '輸入資料有誤，請修正下列項目：',
  'form.busy': '處理中，請稍候…',
  'cardConfirm.signing': 'IC卡簽章中，請勿移除IC卡，請稍候…',
  'cardConfirm.pinHint': 'PIN碼為6至8位數字。',
  'cardConfirm.pinNative':
    '按下「確認」後，請於讀卡元件（Fortify）開啟的視窗中輸入IC卡密碼（PIN碼）；本網頁不會要求您輸入PIN碼。',
  'cardConfirm.pinPinpad':
    '按下「確認」後，請直接於讀卡機的按鍵輸入IC卡密碼（PIN碼）；本網頁不會要求您輸入PIN碼。',
  'cardConfirm.pinFortifyNow': '請在 Fortify 視窗輸入 PIN 碼',
  'cardConfirm.connectionTitle': '讀卡元件（Fortify）',
  'cardConfirm.connecting': '正在連線讀卡元件（Fortify），請稍候…',
  'cardConfirm.notRunningTitle': '未偵測到讀卡元件 Fortify',
  'cardConfirm.notRunningBody':
    'Fortify 是讓網頁使用讀卡機中IC卡的免費程式。請至 https://fortifyapp.com 下載、安裝並啟動；啟動後本頁會自動連線，無須重新整理。',
  'cardConfirm.retrying': '系統將自動重試連線。',
  'cardConfirm.pairingTitle': '請核對配對碼',
  'cardConfirm.pairingBody':
    '請確認 Fortify 視窗顯示的配對碼與下列號碼相同，再於 Fortify 視窗按下允許（Approve）。',
  'cardConfirm.pairingCode': '配對碼',
  'cardConfirm.deniedTitle': 'Fortify 未允許本網站使用IC卡',
  'cardConfirm.deniedBody':
    '您已於 Fortify 視窗拒絕本網站。如需使用IC卡，請按「重新連線」，並於 Fortify 視窗按下允許。',
  'cardConfirm.chooseCertificate': '選擇其他憑證',
  'cardConfirm.reconnect': '重新連線',
  'cardConfirm.disconnectedTitle': '與讀卡元件 Fortify 的連線中斷',
  'cardConfirm.disconnectedBody': '請確認 Fortify 仍在執行；連線恢復後本頁會自動繼續。',
  'cardConfirm.triesLeft': 'PIN碼尚可嘗試 {n} 次。',
  'cardConfirm.lastTry': '再輸入錯誤一次，即造成IC卡鎖卡。',
  'cardConfirm.lockedTitle': 'IC卡已鎖卡',
  'cardConfirm.lockedBody': 'IC卡PIN碼（即密碼）輸入三次以上錯誤，已造成IC卡鎖卡，請至{ca}進行鎖卡解碼：',
  'cardConfirm.lockedBodyAnyCa':
    'IC卡PIN碼（即密碼）輸入三次以上錯誤，已造成IC卡鎖卡，請至所屬憑證管理中心進行鎖卡解碼：',
  'cardConfirm.readerTitle': '讀卡機中的IC卡',
  'cardConfirm.noCard': '讀卡機中未偵測到IC卡，請將IC卡放入讀卡機。',
  'cardConfirm.holder': '持卡人',
  'cardConfirm.issuer': '發卡單位',
  'cardConfirm.serial': '憑證序號',
  'cardConfirm.cardNumber': '卡號',
  // A card of the wrong kind in the reader: the SDK's words for CERT_WRONG_KIND (explainError's
  // title, CertificateProfileError's text), shown as soon as the card is read.
  'cardConfirm.revoked': '此憑證已廢止，無法使用，請勿輸入PIN碼；請洽{ca}申請新憑證。',
  'cardConfirm.contactCa': '發卡單位聯絡方式：',
  'cardConfirm.wrongKindTitle': '卡片種類不符',
  'cardConfirm.wrongKindOrg': '此卡為自然人憑證，請放入機關憑證IC卡。',
  'cardConfirm.wrongKindCitizen': '此卡為機關憑證，請放入自然人憑證IC卡。',
  // The card of the other kind still in the reader before 確認 (the previous step's): not an error yet.
  'cardConfirm.nextCardOrg': '讀卡機中是自然人憑證IC卡：請取出，改放入機關憑證IC卡。',
  'cardConfirm.nextCardManager': '讀卡機中仍是機關憑證IC卡：請取出，改放入授權管理者之自然人憑證IC卡。',
  'cardConfirm.nextCardManagerSwapped':
    '讀卡機中仍是機關憑證IC卡：請取出，改放入更換後授權管理者之自然人憑證IC卡。',
  'cardConfirm.nextCardCitizen': '讀卡機中是機關憑證IC卡：請取出，改放入自然人憑證IC卡。',
  'validity.range': '{from} ~ {to}',
  'validity.expiresSoon': '此憑證將於{date}到期（剩餘{days}天），請儘速向發卡單位辦理展期或換發。',
  'validity.expired': '此憑證已於{date}到期，請向發卡單位申請換發。',
  'validity.notYetValid': '此憑證自{date}起生效，目前尚不能使用。',
  'certInfo.empty': '（無）',
  'message.success': '成功',
  'message.info': '訊息',
  'message.warning': '注意',
  'message.error': '錯誤',
  'message.reviewPendingTitle': '申請資料審核中',
  'caContacts.caTitle': '憑證管理中心服務窗口',
  'caContacts.fax': '傳真：{fax}',
  'caContacts.newWindow': '（另開新視窗）',

  // Flow-bound elements and <gepi-portal>. The home page's descriptions are figure 3-3's; the rest
  // (a flow left or declined, the portal's own labels) follow the manual's wording.
  'portal.navLabel': '功能列',
  'portal.home': '首頁',
  'portal.homeFirstRegistration':
    '提供註冊作業畫面，先進行機關憑證相關資料之登錄、建檔，再進行授權管理人自然人憑證之登錄。',
  'portal.homeAuthorization':
    '必須使用「機關憑證」及授權管理人「自然人憑證」才能進行授權作業，設定各經辦於系統之作業權限。',
  'portal.homeCertSwap': '提供更換「機關憑證」或授權管理人「自然人憑證」之作業功能。',
  'portal.homeReceipts': '提供憑證註冊、憑證更換，申請及審核情形之查詢功能。',
  'portal.homeCitizenSerial': '提供自然人憑證序號查詢功能。',
  'portal.homeOrgOid': '查詢機關憑證包括政府、工商、組織及團體及醫事 OID。',
  'portal.goToAuthorization': '接續辦理授權指派',
  // Skip link and 導盲磚 (accessibility guidelines of Taiwan's government sites); breadcrumb.
  'portal.skipToContent': '跳到主要內容區塊',
  'portal.guideCenter': '中央內容區塊',
  'portal.breadcrumbLabel': '目前位置',
  // The breadcrumb's screens, as the manual's breadcrumbs and figure titles name them
  // (首頁 / 首次註冊 同意條款畫面 / 首次註冊 機關憑證確認畫面 / …; 授權指派 查詢結果畫面).
  'portal.crumb': '{function} {screen}',
  'screen.terms': '同意條款畫面',
  'screen.orgCard': '機關憑證確認畫面',
  'screen.citizenCard': '自然人憑證確認畫面',
  'screen.applicant': '機關憑證註冊申請人確認畫面',
  'screen.confirm': '{function}畫面',
  'screen.queryForm': '查詢條件畫面',
  'screen.results': '查詢結果畫面',
  'screen.add': '新增授權經辦人畫面',
  'screen.edit': '修改授權經辦人畫面',
  'screen.delete': '刪除授權經辦人清單畫面',
  'portal.loading': '載入中…',
  'portal.loadFailed': '無法載入此功能，請確認網路連線後重試。',
  'portal.retry': '重試',
  // Card coach (the step indicator and the live instruction above every card flow)
  'coach.label': '作業步驟',
  'coach.done': '（已完成）',
  'coach.step.terms': '同意條款',
  'coach.step.orgCard': '機關憑證',
  'coach.step.newOrgCard': '新機關憑證',
  'coach.step.managerCard': '管理者憑證',
  'coach.step.newManagerCard': '新管理者憑證',
  'coach.step.citizenCard': '自然人憑證',
  'coach.step.confirm': '確認',
  'coach.step.done': '完成',
  'coach.step.handlers': '經辦人清單',
  'coach.step.authorizedList': '已授權清單',
  'coach.step.result': '查詢結果',
  'coach.readTerms': '請閱讀用戶約定條款。',
  'coach.connectFirst': '請先完成讀卡元件連線。',
  'coach.insertOrg': '請插入機關憑證IC卡。',
  'coach.insertNewOrg': '請插入更換後的機關憑證IC卡。',
  'coach.insertManagerNamed': '請插入{name}的自然人憑證IC卡。',
  'coach.insertManager': '請插入授權管理者的自然人憑證IC卡。',
  'coach.insertNewManager': '請插入更換後授權管理者的自然人憑證IC卡。',
  'coach.insertCitizen': '請插入自然人憑證IC卡。',
  'coach.swapToOrg': '請取出自然人憑證，插入機關憑證。',
  'coach.swapToManagerNamed': '請取出機關憑證，插入{name}的自然人憑證。',
  'coach.swapToManager': '請取出機關憑證，插入授權管理者的自然人憑證。',
  'coach.swapToNewManager': '請取出機關憑證，插入更換後授權管理者的自然人憑證。',
  'coach.swapToCitizen': '請取出機關憑證，插入自然人憑證。',
  'coach.replaceCard': '此IC卡無法使用，請取出，改插入有效的IC卡。',
  'coach.enterPin': '請輸入欄位及PIN碼，再按「確認」。',
  'coach.enterPinNative': '請按「確認」，再於讀卡元件視窗輸入PIN碼。',
  'coach.enterPinPinpad': '請按「確認」，再於讀卡機鍵盤輸入PIN碼。',
  'coach.signing': 'IC卡簽章中，請勿移除。',
  'coach.removeCard': '可取出IC卡。',
  'coach.readHandlerCard': '如需讀取經辦人憑證，請插入經辦人的自然人憑證IC卡，再按「讀取憑證」。',

  'flow.declinedTitle': '未同意條款內容',
  'flow.declinedBody': '您未同意用戶約定條款，無法辦理本項作業。',
  'flow.readTermsAgain': '重新閱讀條款',
  'flow.cancelledTitle': '已退出作業',
  'flow.cancelledBody': '已退出本項作業，IC卡已登出。如需辦理，請重新開始。',
  'flow.restart': '重新開始',
  'session.remaining': '作業剩餘時間',
  'session.end': '結束作業',
  'session.cardRemovedTitle': '已取出IC卡',
  'session.cardRemovedBody':
    '授權管理者的自然人憑證IC卡已取出，為保護資料，作業已結束，伺服器端的作業階段已關閉。如需辦理，請重新放入IC卡並重新開始。',
  'session.warning': '作業將於{minutes}分鐘後逾時，',
  'session.warningSeconds': '作業將於{seconds}秒後逾時，',
  'session.warningExtend': '如需繼續，請按延長作業時間或繼續操作；否則請結束作業。',
  'session.warningAtLimit': '已達作業時間上限，請儘速完成或結束作業。',
  'session.extend': '延長作業時間',
  'session.extended': '已延長作業時間。',
  'session.atLimit': '已達作業時間上限，無法再延長',
  'session.endedTitle': '已結束作業',
  'session.endedBody': '本次作業已結束，伺服器端的作業階段已關閉。如需辦理，請重新開始。',
  'session.expiredTitle': '作業時間已到',
  'session.expiredBody': '閒置超過時間，作業階段已逾時結束，畫面上的資料未再變更。如需辦理，請重新開始。',
  'query.again': '重新查詢',

  // <gepi-virtual-reader>, the demo's card reader panel (not in the manual: real cards go into real readers).
  'virtualReader.label': '虛擬讀卡機',
  'virtualReader.none': '（未插入卡片）',
  'virtualReader.noReader': '沒有讀卡機',
  'virtualReader.empty': '讀卡機中沒有IC卡。',
  'virtualReader.inserted': '已插入IC卡。',
  'virtualReader.triesLeft': '已插入IC卡，PIN碼尚可輸入 {count} 次。',
  'virtualReader.locked': 'IC卡已鎖卡，須由{ca}解碼。',
  'virtualReader.theCa': '發卡的憑證管理中心',
  'virtualReader.unlock': '模擬鎖卡解碼',
} as const;

/** The zh-TW catalog's exact type, with each message's literal text (used to type parameters). */
export type ZhTWCatalog = typeof zhTW;
