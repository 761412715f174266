# Entitle: Vietnamese. Messages for the legal data of the United Kingdom, the United States, Canada and Australia.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Vương quốc Anh
protection-gb-nrm_guidance-first_responders-nrm_referral = Được giới thiệu để nhận hỗ trợ chính thức
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Một cảnh sát, một nhân viên của chính quyền địa phương hoặc một tổ chức từ thiện hỗ trợ có thể gửi thông tin của bạn vào hệ thống hỗ trợ của Vương quốc Anh. Sau đó vụ việc của bạn có thể được xem xét và bạn có thể được giúp đỡ.
caveat-first_responder_only_adults_consent = Bạn không thể tự giới thiệu mình. Cảnh sát, chính quyền địa phương hoặc một tổ chức từ thiện được công nhận phải làm việc này. Nếu bạn là người lớn, họ cần bạn đồng ý trước.
protection-gb-nrm_guidance-recovery-recovery_period = Thời gian để nghỉ ngơi và phục hồi, có người hỗ trợ
protection-gb-nrm_guidance-recovery-recovery_period-gives = Bạn có thể được một chỗ ở an toàn, được chăm sóc sức khỏe, có người phiên dịch và có người hỗ trợ bạn trong khi vụ việc của bạn được xem xét.
caveat-public_order_disqualification = Home Office (Bộ Nội vụ Anh) có thể từ chối sự giúp đỡ này nếu họ cho rằng bạn là mối nguy hiểm cho cộng đồng. Họ cũng có thể từ chối nếu cho rằng bạn đã không trung thực về những gì đã xảy ra.
protection-gb-msa_2015-s_45_1-defence_for_adults = Lý lẽ bào chữa nếu bị ép làm việc phạm pháp
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Nếu bạn bị ép làm một việc phạm pháp vì bạn bị bóc lột, bạn có thể trình bày với tòa án. Điều này có thể là lý lẽ bào chữa chống lại lời buộc tội.
protection-gb-msa_2015-s_45_4-defence_for_children = Lý lẽ bào chữa cho trẻ em bị bắt làm việc phạm pháp
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Nếu bạn đã làm một việc phạm pháp vì bạn đang bị bóc lột, bạn có thể trình bày với tòa án, và điều này có thể là lý lẽ bào chữa. Bạn không cần phải chứng minh là bạn bị ép buộc.
caveat-schedule_4_offences_excluded = Lý lẽ bào chữa này không áp dụng cho một số tội rất nghiêm trọng, như giết người hoặc các tội bạo lực hay tội tình dục nghiêm trọng. Nó chỉ áp dụng ở Anh và xứ Wales.
protection-gb-msa_2015-s_8-reparation_order = Lệnh buộc người đã bóc lột bạn phải trả tiền
protection-gb-msa_2015-s_8-reparation_order-gives = Tòa án có thể ra lệnh buộc người đã bóc lột bạn phải trả tiền cho bạn vì những thiệt hại họ đã gây ra cho bạn.
caveat-needs_conviction_and_confiscation_order = Điều này chỉ xảy ra nếu người đó bị kết tội và tòa án tịch thu tiền của họ. Bạn không thể nhận nhiều hơn số tiền tòa án đã tịch thu.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Được phép tạm thời ở lại Vương quốc Anh
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Bạn có thể được phép ở lại Vương quốc Anh một thời gian. Đó có thể là để phục hồi, để đòi tiền bồi thường cho những thiệt hại bạn phải chịu, hoặc để giúp cảnh sát.
caveat-recovery_ground_paused = Hiện giờ Home Office không xét các đơn xin ở lại để phục hồi. Họ cũng không xét bất kỳ đơn nào của người đã có lệnh trục xuất.

## Hoa Kỳ
protection-us-t_rule_2002-s_214_11-t_status_adult = Visa T cho người lớn (quy định cũ)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Bạn có thể xin một loại visa cho phép bạn sống và làm việc ở Hoa Kỳ trong một số năm. Sau đó, bạn có thể xin ở lại lâu dài.
caveat-trauma_exception_and_extreme_hardship = Nếu sang chấn khiến bạn quá khó để giúp cảnh sát, bạn có thể không cần phải giúp. Nhưng bạn phải chứng minh rằng việc rời khỏi Hoa Kỳ sẽ gây hại rất nặng cho bạn.
protection-us-t_rule_2002-s_214_11-t_status_child = Visa T cho trẻ em (quy định cũ)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Bạn có thể xin một loại visa cho phép bạn sống, học tập và làm việc ở Hoa Kỳ trong một số năm. Sau đó, bạn có thể xin ở lại lâu dài.
caveat-extreme_hardship_required = Bạn phải chứng minh rằng việc bị buộc rời khỏi Hoa Kỳ sẽ gây hại rất nghiêm trọng cho bạn.
protection-us-t_rule_2024-s_214_202-t_status_adult = Visa T cho người lớn
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Bạn có thể xin một loại visa cho phép bạn sống và làm việc ở Hoa Kỳ trong một số năm. Sau đó, bạn có thể xin ở lại lâu dài.
protection-us-t_rule_2024-s_214_202-t_status_child = Visa T cho trẻ em
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Bạn có thể xin một loại visa cho phép bạn sống, học tập và làm việc ở Hoa Kỳ trong một số năm. Sau đó, bạn có thể xin ở lại lâu dài.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Được phép ở lại trong thời gian cảnh sát điều tra vụ việc
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Bạn có thể được phép ở lại Hoa Kỳ và làm việc hợp pháp trong khi tội phạm gây ra cho bạn đang được điều tra.
caveat-requested_by_law_enforcement_only = Bạn không thể tự xin điều này. Chỉ cảnh sát hoặc một cơ quan thực thi pháp luật khác mới có thể xin cho bạn.
protection-us-ina-s_101_a_15_u-u_status = Visa U cho người bị hại bởi các tội phạm nghiêm trọng
protection-us-ina-s_101_a_15_u-u_status-gives = Bạn có thể xin một loại visa cho phép bạn sống và làm việc ở Hoa Kỳ trong một số năm. Sau đó, bạn có thể xin ở lại lâu dài.
caveat-certification_and_substantial_abuse_required = Bạn cần một mẫu đơn có chữ ký của cảnh sát hoặc một cơ quan khác xác nhận rằng bạn đã giúp họ. Bạn cũng phải chứng minh rằng tội phạm đó đã gây hại nặng cho bạn, về thể chất hoặc tinh thần.
protection-us-usc_18-s_1593-mandatory_restitution = Khoản tiền do tòa án buộc phải trả cho những gì bạn đã mất
protection-us-usc_18-s_1593-mandatory_restitution-gives = Tòa án có thể ra lệnh buộc người đã bóc lột bạn phải trả tiền cho những thiệt hại của bạn, kể cả tiền lương lẽ ra bạn phải được trả.
caveat-only_on_conviction = Bạn chỉ nhận được khoản tiền này nếu người đó bị tòa án hình sự kết tội.
protection-us-usc_18-s_1595-civil_action = Kiện ra tòa để đòi tiền bồi thường
protection-us-usc_18-s_1595-civil_action-gives = Bạn có thể tự khởi kiện để đòi tiền từ người đã bóc lột bạn. Bạn cũng có thể đòi tiền từ bất kỳ ai đã biết rõ mà vẫn kiếm lợi từ việc đó.
caveat-stayed_during_criminal_case = Nếu có một vụ án hình sự về cùng tội phạm đó, vụ kiện của bạn phải chờ cho đến khi vụ án hình sự kết thúc.
protection-us-flsa-s_16_b-back_wages = Lấy lại tiền lương chưa được trả
protection-us-flsa-s_16_b-back_wages-gives = Bạn có thể đòi được trả mức lương tối thiểu và tiền làm thêm giờ còn nợ bạn, cộng thêm một khoản tiền bằng đúng số đó.
caveat-any_immigration_status = Chính phủ nói điều này áp dụng kể cả khi bạn không có giấy tờ. Nhưng một số tòa án hạn chế các loại tiền lương bị mất khác đối với người lao động không có giấy tờ.

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = Giấy phép ở lại Canada (quy định cũ)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Bạn có thể xin giấy phép để ở lại Canada hợp pháp một thời gian. Khi đó bạn có thể nghỉ ngơi, phục hồi và quyết định làm gì tiếp theo.
protection-ca-irpa-s_24-vtip_trp = Giấy phép ở lại Canada
protection-ca-irpa-s_24-vtip_trp-gives = Bạn có thể xin giấy phép để ở lại Canada hợp pháp, để bạn được an toàn, phục hồi và lên kế hoạch cho những việc tiếp theo.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Giấy phép mới để tiếp tục ở lại
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Khi giấy phép của bạn sắp hết hạn, bạn có thể xin giấy phép mới để ở lại Canada lâu hơn.
caveat-later_permits_refused_after_criminal_case = Theo quy định, bạn không bắt buộc phải giúp cảnh sát. Nhưng một số người đã bị từ chối cấp giấy phép mới sau khi vụ án hình sự kết thúc.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Chăm sóc sức khỏe trong thời gian bạn có giấy phép
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Bạn có thể được chăm sóc sức khỏe và tư vấn tâm lý do chính phủ chi trả.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Giấy phép làm việc ở Canada
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Bạn có thể xin giấy phép cho phép bạn làm việc hợp pháp ở Canada, để bạn có thể kiếm tiền một cách an toàn.

## Úc
protection-au-stpp-intensive_support_stream-support = Hỗ trợ về chỗ ở, sức khỏe và tư vấn
protection-au-stpp-intensive_support_stream-support-gives = Bạn có thể được một chỗ ở an toàn, được chăm sóc sức khỏe, tư vấn tâm lý và có người phiên dịch. Bạn cũng có thể được tư vấn về luật pháp và visa, và có một nhân viên hỗ trợ giúp bạn.
caveat-afp_referral_required = Bạn chỉ có thể nhận sự hỗ trợ này nếu Australian Federal Police (Cảnh sát Liên bang Úc) giới thiệu bạn.
protection-au-stpp-additional_referral_pathway-referral_without_police = Được giúp đỡ mà không cần đến cảnh sát
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Bạn có thể nói chuyện với một dịch vụ hỗ trợ về cách giữ an toàn và được tư vấn pháp lý miễn phí. Họ có thể giúp bạn tham gia chương trình hỗ trợ mà không cần đến cảnh sát.
caveat-under_16_without_guardian_referred_to_child_protection = Nếu bạn dưới 16 tuổi và không có người lớn an toàn nào chăm sóc bạn, thì dịch vụ phải chuyển bạn đến cơ quan bảo vệ trẻ em và cảnh sát.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Được giúp đỡ mà không cần đến cảnh sát (tiếp tục)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Bạn có thể nói chuyện với một dịch vụ hỗ trợ về cách giữ an toàn và được tư vấn pháp lý miễn phí. Họ có thể giúp bạn tham gia chương trình hỗ trợ mà không cần đến cảnh sát.
caveat-extension_end_date_unknown = Cách nhận giúp đỡ này đã được kéo dài, nhưng chúng tôi không biết khi nào nó kết thúc, vì vậy hãy kiểm tra xem nó còn mở hay không.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Visa ngắn hạn để nghỉ ngơi và phục hồi
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Bạn có thể được cấp một visa ngắn hạn để ở lại Úc hợp pháp trong khi bạn nghỉ ngơi, phục hồi và suy nghĩ về việc làm gì tiếp theo.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Visa thường trú để ở lại Úc
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Bạn có thể được ở lại Úc lâu dài và xây dựng cuộc sống của mình ở đây.
caveat-certificate_of_contribution_required = Bạn cần một giấy tờ của chính phủ xác nhận rằng bạn đã giúp một vụ điều tra của cảnh sát hoặc một phiên tòa; chỉ sẵn lòng giúp là chưa đủ.

## Tên các nguồn pháp lý
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (Luật về nô lệ thời hiện đại của Vương quốc Anh)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (Luật về quốc tịch và biên giới của Vương quốc Anh)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism, 2009 (hướng dẫn của Bộ Nội vụ Anh về Cơ chế giới thiệu quốc gia)
instrument-us-ina = US Immigration and Nationality Act of 1952 (Luật Nhập cư và Quốc tịch của Hoa Kỳ)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (Luật Bảo vệ nạn nhân của mua bán người của Hoa Kỳ)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure, 1948 (Bộ luật Hoa Kỳ, Mục 18: Tội phạm và tố tụng hình sự)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11, 2002 (quy định của Hoa Kỳ về diện không định cư T)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216, 2024 (quy định chính thức của Hoa Kỳ về diện không định cư T)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14, 2007 (quy định của Hoa Kỳ về diện không định cư U)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (Luật Tiêu chuẩn lao động công bằng của Hoa Kỳ)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act, 2001 (Luật Nhập cư và Bảo vệ người tị nạn của Canada)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking, 2006 (hướng dẫn của IRCC Canada về giấy phép tạm trú cho nạn nhân của mua bán người)
instrument-au-stpp = Australian Support for Trafficked People Program, 2004 (Chương trình hỗ trợ người bị mua bán của Úc)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (Quy định về di trú của Úc)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Úc; Luật Lao động công bằng)
instrument-ca-clc = Canada Labour Code, 1985 (Bộ luật Lao động Canada)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (Luật Lương tối thiểu quốc gia của Vương quốc Anh)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (Quy định về lương tối thiểu quốc gia của Vương quốc Anh)
instrument-gb-era_1996 = Employment Rights Act 1996 (Luật Quyền việc làm của Vương quốc Anh)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (Luật Thời hiệu của Vương quốc Anh)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (Chương trình bồi thường thương tích do tội phạm của Vương quốc Anh)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (Hoa Kỳ)
caveat-above_compulsory_school_age = Mức lương này chỉ bắt đầu sau khi người trẻ đã hết tuổi học bắt buộc, không phải vào ngày sinh nhật 16 tuổi.
caveat-apprentice_rate_conditions = Mức lương thấp hơn dành cho người học nghề không được tính ở đây. Mức đó chỉ dành cho người học nghề dưới 19 tuổi, hoặc đang trong năm đầu học nghề. Tất cả những người khác được hưởng mức lương theo tuổi của họ.
caveat-au_awards_set_higher_minima = Phần lớn người lao động có một thỏa ước (award hoặc agreement) quy định mức tối thiểu cao hơn, nên họ thường được nợ nhiều hơn. Người lao động dưới 21 tuổi và người học nghề có mức lương riêng, không được tính ở đây.
caveat-au_state_victims_schemes_vary = Mỗi bang và vùng lãnh thổ có khoản chi trả riêng cho nạn nhân của tội phạm, với thời hạn riêng. Không khoản nào được tính ở đây.
caveat-ca_federal_complaint_24_month_cap = Khiếu nại này chỉ dành cho công việc thuộc luật liên bang. Nó chỉ có thể đòi lại tiền lương của 24 tháng trước khi bạn khiếu nại. Những người lao động khác khiếu nại theo luật của tỉnh bang mình.
caveat-ca_federal_sectors_only = Mức lương liên bang này chỉ dành cho công việc trong các ngành thuộc liên bang, như ngân hàng, hàng không và vận tải giữa các tỉnh bang. Phần lớn người lao động hưởng mức lương của tỉnh bang mình. Nếu mức đó cao hơn, thì mức đó là mức được nợ.
caveat-ca_overtime_daily_limit_and_exemptions = Tiền làm thêm giờ cũng được trả khi làm hơn 8 giờ trong một ngày. Người quản lý và một số công việc theo quy định khác.
caveat-cics_exceptions_and_crime_of_violence = Chương trình này chỉ chi trả cho thương tích do một tội phạm bạo lực ở Great Britain (Anh, Scotland và xứ Wales). Có những thời hạn khác cho việc bị xâm hại thời thơ ấu. Đơn nộp muộn có thể được chấp nhận trong những trường hợp đặc biệt.
caveat-counts_back_from_notice = Sáu năm được tính ngược lại từ ngày cán bộ gửi thông báo, không phải từ khi bạn khiếu nại. Vì vậy cơ quan làm chậm thì số tiền có thể đòi lại sẽ ít đi.
caveat-each_payment_separately = Mỗi kỳ lương bị trả thiếu có thời hạn sáu năm riêng, nên những tháng cũ nhất sẽ hết hạn trước.
caveat-early_conciliation_and_two_year_backstop = Thời hạn ba tháng được kéo dài trong khi bạn tham gia hòa giải sớm (ACAS). Nhưng tòa lao động chỉ có thể buộc trả lại những khoản đã bị lấy trong hai năm trước khi bạn nộp đơn.
caveat-good_faith_may_reduce = Tòa án có thể giảm hoặc từ chối khoản tiền thêm nếu chủ chứng minh được rằng họ đã hành động một cách thiện chí.
caveat-live_in_domestic_workers_exempt = Người giúp việc gia đình sống trong nhà chủ thì không được trả tiền làm thêm giờ. Họ vẫn được hưởng mức tối thiểu cho mỗi giờ làm. Điều này không áp dụng khi họ được một công ty thuê.
caveat-nmw_exclusions = Một số người không được hưởng lương tối thiểu, ví dụ người sống cùng gia đình mà họ làm việc cho và được đối xử như một thành viên trong gia đình. Luật sư có thể kiểm tra điều này.
caveat-state_and_local_minimums_often_higher = Đây chỉ là mức tối thiểu liên bang. Nhiều bang và thành phố có mức cao hơn, và mức cao hơn đó là mức được nợ. Chúng tôi không có các mức đó.
caveat-ten_years_after_18_if_minor = Nếu khi đó bạn dưới 18 tuổi, bạn có thể đòi cho đến 10 năm sau ngày sinh nhật 18 tuổi, nếu thời điểm đó muộn hơn.
caveat-three_years_if_willful = Thời hạn là ba năm nếu chủ biết là mình đang vi phạm pháp luật. Mỗi kỳ lương bị trả thiếu có thời hạn riêng, nên những tuần cũ nhất sẽ hết hạn trước.
