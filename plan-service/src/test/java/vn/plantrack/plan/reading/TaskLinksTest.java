package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Sở KH&CN plan's 19 tasks against Kon Tum 1570's 197, as both documents print them (texts
 * copied from the seeds): a restated task is found, a task of the department's own is not, two
 * provincial tasks that fit equally are left to the coordinator, and a short provincial title
 * ("CSDL về khoa học và công nghệ") matches nothing.
 */
class TaskLinksTest {
  static final List<TaskLinks.Candidate> KON_TUM_1570 =
      List.of(
          new TaskLinks.Candidate(
              "1",
              "Xây dựng Kế hoạch định hướng tuyên truyền nội dung Nghị quyết 57-NQ/TW; Chương trình 95- CTr/TU, Nghị quyết 71/NQ-CP và Kế hoạch của UBND tỉnh theo hướng: đa dạng hóa các hình thức, cụ thể hóa nội dung và có mục tiêu cụ thể."),
          new TaskLinks.Candidate(
              "2",
              "Xây dựng chương trình chuyên biệt về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên truyền hình, phát thanh, mạng xã hội và phương tiện thông tin khác."),
          new TaskLinks.Candidate(
              "3",
              "Xây dựng chương trình, kế hoạch phát động phong trào học tập trên các nền tảng số để trở thành phong trào “học tập số” thường xuyên, liên tục, phổ cập, nâng cao kiến thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản trong cán bộ, công chức và Nhân dân theo tinh thần Nghị quyết 57-NQ/TW và Nghị quyết 71/NQ- CP."),
          new TaskLinks.Candidate(
              "4",
              "Hướng dẫn và triển khai các văn bản quy định trách nhiệm người đứng đầu các cơ quan nhà nước trực tiếp phụ trách, lãnh đạo, chỉ đạo triển khai nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của cơ quan, tổ chức."),
          new TaskLinks.Candidate(
              "5",
              "Xây dựng tiêu chí đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số của các cơ quan, đơn vị, người đứng đầu và cán bộ, công chức, viên chức trên địa bàn tỉnh."),
          new TaskLinks.Candidate(
              "6",
              "Cụ thể hóa nhiệm vụ chuyển đổi số, phát triển khoa học, công nghệ, đổi mới sáng tạo trong chương trình, kế hoạch công tác hằng năm của cơ quan, tổ chức, đơn vị, địa phương."),
          new TaskLinks.Candidate(
              "7",
              "Hoàn thành cập nhật, điều chỉnh kế hoạch triển khai Chương trình 95- CTr/TU, Nghị quyết 71/NQ-CP và Kế hoạch của UBND tỉnh."),
          new TaskLinks.Candidate(
              "8",
              "Xây dựng, ban hành, tổ chức thực hiện Kế hoạch đào tạo, bồi dưỡng cho cán bộ, công chức, viên chức kiến thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản phục vụ chuyển đổi số."),
          new TaskLinks.Candidate(
              "9",
              "Triển khai văn bản làm rõ định nghĩa, nội hàm lượng hóa các khái niệm mới trong Nghị quyết số 57- NQ/TW để thống nhất nhận thức và tổ chức triển khai, thực hiện theo văn bản của Bộ Khoa học và Công nghệ"),
          new TaskLinks.Candidate(
              "10",
              "Bố trí tỷ lệ phù hợp cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật trong đội ngũ lãnh đạo từng cơ quan, đơn vị nhà nước tại tỉnh Kon Tum."),
          new TaskLinks.Candidate(
              "11",
              "Xây dựng văn bản quy định theo hướng dẫn của cấp có thẩm quyền để phát huy tinh thần sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm của đội ngũ cán bộ, công chức, viên chức vì lợi ích chung theo tinh thần Nghị quyết số 57- NQ/TW; Chương trình 95-CTr/TU, Nghị quyết 71/NQ-CP và Kế hoạch của UBND tỉnh."),
          new TaskLinks.Candidate(
              "12",
              "Rà soát, bổ sung một số chỉ tiêu, giải pháp cụ thể về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số vào dự thảo văn kiện Đại hội Đảng bộ nhiệm kỳ 2025- 2030, Chương trình, Kế hoạch phát triển kinh tế - xã hội các cấp, các ngành, địa phương, gắn với kiểm tra, giám sát, sơ kết, tổng kết theo quy định."),
          new TaskLinks.Candidate(
              "13",
              "Triển khai nền tảng đào tạo trực tuyến mở đại trà cung cấp miễn phí các kiến thức về phát triển khoa học, công nghệ và đổi mới sáng tạo, kiến thức, kỹ năng số, công nghệ số cơ bản cho người dân, doanh nghiệp theo văn bản của Bộ Khoa học và Công nghệ."),
          new TaskLinks.Candidate(
              "14",
              "Điều chỉnh trong dự toán năm 2025 để bố trí ít nhất 3% ngân sách cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và tiếp tục nâng lên 2% GRDP trong 5 năm tiếp theo."),
          new TaskLinks.Candidate(
              "15",
              "- Tiến hành rà soát, đề xuất cải cách cơ chế quản lý tài chính trong thực hiện nhiệm vụ khoa học công nghệ, đơn giản hóa thủ tục hành chính. - Triển khai thực hiện các cơ chế, chính sách, pháp luật về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, kịp thời cụ thể hóa các chủ trương, chính sách của Trung ương phù hợp với điều kiện thực tiễn của địa phương đáp ứng yêu cầu đặt ra trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. - Nâng cao hiệu quả phối hợp đồng bộ trong xây dựng và thực thi các cơ chế, chính sách để thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; tổ chức triển khai kế hoạch đào tạo, bồi dưỡng nâng cao trình độ của cán bộ quản lý khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ở các cấp."),
          new TaskLinks.Candidate(
              "16",
              "Triển khai các định mức kinh tế kỹ thuật, đơn giá lập dự toán chi phí các hoạt động liên quan đến chuyển đổi số, xây dựng, cập nhật, khai thác, sử dụng, bảo trì, bảo mật CSDL quốc gia, CSDL chuyên ngành; làm căn cứ để các bộ, ngành, địa phương xây dựng dự toán thực hiện chiến lược dữ liệu Quốc gia."),
          new TaskLinks.Candidate(
              "17",
              "Rà soát, điều chỉnh, số hóa quy trình nội bộ; hồ sơ tài liệu, kết quả giải quyết thủ tục hành chính trong các ngành, lĩnh vực liên quan tới người dân; tái cấu trúc, đơn giản hóa quy trình thủ tục hành chính."),
          new TaskLinks.Candidate(
              "18",
              "Rà soát, điều chỉnh các quy trình nội bộ để đáp ứng các quy định của Luật Giao dịch điện tử; thực hiện các biện pháp, giải pháp linh hoạt sáng tạo, hiệu quả cho phép sử dụng các giấy tờ điện tử tích hợp trên tài khoản định danh điện tử thay thế với giấy tờ giấy khi thực hiện các thủ tục hành chính; sớm có phương án cắt giảm các thành phần hồ sơ khi dữ liệu đã được số hóa."),
          new TaskLinks.Candidate(
              "19",
              "Hoàn thành số hóa quy trình nghiệp vụ nội bộ, hồ sơ tài liệu, kết quả giải quyết thủ tục hành chính trong các lĩnh vực liên quan tới người dân, doanh nghiệp, hoạt động công vụ (đất đai, tư pháp, y tế, giáo dục, lao động việc làm,...); tái sử dụng 100% dữ liệu đã số hóa để cắt giảm tối đa thủ tục hành chính và chi phí tuân thủ cho người dân, doanh nghiệp."),
          new TaskLinks.Candidate(
              "20",
              "Đẩy mạnh tái cấu trúc quy trình, cắt giảm, đơn giản hóa tối đa thủ tục hành chính, nâng cao chất lượng cung cấp dịch vụ công trực tuyến, nhất là các thủ tục liên quan đến cư trú, hộ tịch, giấy phép lái xe, đất đai, doanh nghiệp; triển khai tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh."),
          new TaskLinks.Candidate(
              "21",
              "Triển khai Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung phục vụ yêu cầu, nhiệm vụ quốc phòng, an ninh."),
          new TaskLinks.Candidate(
              "22",
              "Triển khai quy định, hướng dẫn thi hành Thông tư, Nghị định, Nghị quyết số 193/2025/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc biệt tạo đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."),
          new TaskLinks.Candidate(
              "23",
              "Áp dụng cải cách phương thức quản lý, triển khai các nhiệm vụ khoa học và công nghệ phù hợp với từng loại hình nghiên cứu theo văn bản của Bộ Khoa học và Công nghệ."),
          new TaskLinks.Candidate(
              "24",
              "Rà soát, sắp xếp lại các tổ chức khoa học công nghệ trên địa bàn. Kiện toàn và nâng cao chất lượng hoạt động của Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh."),
          new TaskLinks.Candidate(
              "25",
              "Tham mưu Ban hành Kế hoạch thực hiện Chương trình phát triển công nghệ và công nghiệp chiến lược."),
          new TaskLinks.Candidate(
              "26", "Kết nối mạng lưới các trung tâm đổi mới sáng tạo, khởi nghiệp sáng tạo"),
          new TaskLinks.Candidate(
              "27",
              "Tham mưu bố trí kinh phí sự nghiệp hằng năm theo quy định của Luật ngân sách nhà nước và các văn bản quy định hiện hành; phù hợp với khả năng cân đối ngân sách địa phương theo phân cấp ngân sách nhà nước hiện hành chi sự nghiệp phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh; Bố trí ít nhất 15% ngân sách nhà nước chi sự nghiệp khoa học phục vụ nghiên cứu, chuyển giao, ứng dụng các công nghệ mới, công nghệ tiên tiến để phát triển các sản phẩm chủ lực của tỉnh"),
          new TaskLinks.Candidate(
              "28",
              "Đánh giá trữ lượng, tiềm năng đất hiếm phục vụ khai thác, sử dụng phát triển kinh tế, xã hội; quản lý chặt chẽ, khai thác, sử dụng có hiệu quả các nguồn tài nguyên khoáng sản của tỉnh."),
          new TaskLinks.Candidate(
              "29",
              "Tổ chức ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong các ngành, lĩnh vực quan trọng."),
          new TaskLinks.Candidate(
              "30",
              "Rà soát các quy định hiện hành để bảo đảm có quy định về ưu đãi đầu tư, thuê, mua các sản phẩm, dịch vụ số."),
          new TaskLinks.Candidate(
              "31",
              "Xây dựng kế hoạch triển khai các nền tảng số quốc gia, nền tảng số dùng chung của các ngành, lĩnh vực."),
          new TaskLinks.Candidate(
              "32",
              "Triển khai các nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực theo danh mục đã được ban hành bảo đảm hoạt động thống nhất, liên thông của các ngành, lĩnh vực trên môi trường số."),
          new TaskLinks.Candidate(
              "33", "Xây dựng Kế hoạch/Chương trình phát triển kinh tế số, xã hội số của tỉnh"),
          new TaskLinks.Candidate(
              "34", "Xây dựng, ban hành Kế hoạch phát triển hạ tầng số của tỉnh."),
          new TaskLinks.Candidate(
              "35",
              "Xây dựng, triển khai Kế hoạch/Đề án ứng dụng IoT trong một số ngành, lĩnh vực như sản xuất thương mại, quản lý năng lượng, nông nghiệp thông minh, giao thông thông minh, y tế thông minh,…"),
          new TaskLinks.Candidate(
              "36",
              "Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT trong các khu công nghiệp, cụm công nghiệp"),
          new TaskLinks.Candidate(
              "37",
              "Triển khai hạ tầng số, bảo đảm phủ sóng song mạng di động băng thông rộng 5G trên địa bàn tỉnh gắn với việc đẩy mạnh ứng dụng Internet vệ tinh."),
          new TaskLinks.Candidate(
              "38",
              "Triển khai đưa vào khai thác hiệu quả các cơ sở dữ liệu quốc gia; các cơ sở dữ liệu dùng chung theo danh mục đã ban hành của UBND tỉnh để phát triển kinh tế - xã hội"),
          new TaskLinks.Candidate("38.1", "Cơ sở dữ liệu quốc gia về Bảo hiểm"),
          new TaskLinks.Candidate("38.2", "Tiếp nhận và quản lý hồ sơ"),
          new TaskLinks.Candidate("38.3", "Hệ thống Cấp mã số BHXH và Quản lý BHYT hộ gia đình"),
          new TaskLinks.Candidate("38.4", "Hệ thống quản lý thu và sổ thẻ (TST)"),
          new TaskLinks.Candidate("38.5", "Hệ thống Xét duyệt chính sách (TCS)"),
          new TaskLinks.Candidate("38.6", "Hệ thống giám định bảo hiểm y tế"),
          new TaskLinks.Candidate("38.7", "Cơ sở dữ liệu về cư trú"),
          new TaskLinks.Candidate("38.8", "CSDL Căn cước công dân"),
          new TaskLinks.Candidate("38.9", "CSDL đăng ký phương tiện"),
          new TaskLinks.Candidate(
              "38.10",
              "Xây dựng, số hoá cơ sở dữ liệu về dân tộc, thành phần dân tộc các dân tộc Việt Nam"),
          new TaskLinks.Candidate(
              "38.11",
              "Đồng bộ dữ liệu các CSDL quốc gia, CSDL chuyên ngành về Trung tâm dữ liệu quốc gia để xây dựng Cơ sở dữ liệu tổng hợp quốc gia, phục vụ chuyển đổi số quốc gia"),
          new TaskLinks.Candidate("38.12", "CSDL định danh điện tử"),
          new TaskLinks.Candidate("38.13", "CSDL định danh điện tử tổ chức"),
          new TaskLinks.Candidate("38.14", "CSDL dùng chung về con dấu và kinh doanh có điều kiện"),
          new TaskLinks.Candidate(
              "38.15", "CSDL Quản lý phạm nhân, trại viên, học sinh trường giáo dưỡng"),
          new TaskLinks.Candidate("38.16", "CSDL về dân cư"),
          new TaskLinks.Candidate("38.17", "CSDL về xuất nhập cảnh"),
          new TaskLinks.Candidate("38.18", "CSDL tai nạn giao thông"),
          new TaskLinks.Candidate("38.19", "CSDL về phòng cháy chữa cháy và cứu hộ, cứu nạn"),
          new TaskLinks.Candidate("38.20", "CSDL Xử lý vi phạm hành chính trong CAND"),
          new TaskLinks.Candidate("38.21", "Quản lý số liệu thống kê CAND"),
          new TaskLinks.Candidate("38.22", "Cơ sở dữ liệu kinh tế công nghiệp và thương mại"),
          new TaskLinks.Candidate(
              "38.23", "Cơ sở dữ liệu về Giáo dục Mầm non - Phổ thông - Thường xuyên"),
          new TaskLinks.Candidate("38.24", "Cơ sở dữ liệu về Giáo dục Đại học"),
          new TaskLinks.Candidate("38.25", "Cơ sở dữ liệu kết cấu hạ tầng đường bộ"),
          new TaskLinks.Candidate("38.26", "Cơ sở dữ liệu giấy phép lái xe"),
          new TaskLinks.Candidate("38.27", "Cơ sở dữ liệu đăng kiểm phương tiện"),
          new TaskLinks.Candidate("38.28", "Cơ sở dữ liệu về đăng ký doanh nghiệp"),
          new TaskLinks.Candidate("38.29", "Cơ sở dữ liệu về khu công nghiệp, khu kinh tế"),
          new TaskLinks.Candidate("38.30", "Cơ sở dữ liệu về đăng ký hợp tác xã"),
          new TaskLinks.Candidate(
              "38.31", "Cơ sở dữ liệu về đầu tư nước ngoài và đầu tư ra nước ngoài"),
          new TaskLinks.Candidate("38.32", "Cơ sở dữ liệu về đầu tư công"),
          new TaskLinks.Candidate("38.33", "Cơ sở dữ liệu về hỗ trợ doanh nghiệp nhỏ và vừa"),
          new TaskLinks.Candidate("38.34", "Cơ sở dữ liệu quốc gia về đấu thầu"),
          new TaskLinks.Candidate("38.35", "Cơ sở dữ liệu thống kê"),
          new TaskLinks.Candidate("38.36", "CSDL về khoa học và công nghệ"),
          new TaskLinks.Candidate("38.37", "Cơ sở dữ liệu người lao động"),
          new TaskLinks.Candidate(
              "38.38", "Cơ sở dữ liệu Người lao động nước ngoài làm việc tại Việt Nam"),
          new TaskLinks.Candidate("38.39", "Cơ sở dữ liệu giải quyết hưởng bảo hiểm thất nghiệp"),
          new TaskLinks.Candidate(
              "38.40",
              "Cơ sở dữ liệu người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"),
          new TaskLinks.Candidate("38.41", "Cơ sở dữ liệu tai nạn lao động"),
          new TaskLinks.Candidate("38.42", "Cơ sở dữ liệu cơ sở giáo dục nghề nghiệp"),
          new TaskLinks.Candidate(
              "38.43", "Cơ sở dữ liệu học sinh, sinh viên giáo dục nghề nghiệp"),
          new TaskLinks.Candidate("38.44", "Cơ sở dữ liệu ADN của liệt sĩ và thân nhân"),
          new TaskLinks.Candidate(
              "38.45", "Cơ sở dữ liệu người hưởng chính sách ưu đãi người có công"),
          new TaskLinks.Candidate("38.46", "Cơ sở dữ liệu cơ sở trợ giúp xã hội"),
          new TaskLinks.Candidate("38.47", "Cơ sở dữ liệu đối tượng trợ giúp xã hội"),
          new TaskLinks.Candidate("38.48", "Cơ sở dữ liệu hộ nghèo, hộ cận nghèo"),
          new TaskLinks.Candidate("38.49", "Cơ sở dữ liệu người khuyết tật"),
          new TaskLinks.Candidate("38.50", "Cơ sở dữ liệu người làm công tác xã hội"),
          new TaskLinks.Candidate("38.51", "Cơ sở dữ liệu quản lý trẻ em"),
          new TaskLinks.Candidate("38.52", "Cơ sở dữ liệu nạn nhân bị mua bán"),
          new TaskLinks.Candidate(
              "38.53", "Cơ sở dữ liệu người cai nghiện ma túy và sau cai nghiện ma túy"),
          new TaskLinks.Candidate("38.54", "Cơ sở dữ liệu nhà giáo giáo dục nghề nghiệp"),
          new TaskLinks.Candidate("38.55", "Cơ sở dữ liệu về di cư"),
          new TaskLinks.Candidate("38.56", "Cơ sở dữ liệu về cán bộ, công chức, viên chức"),
          new TaskLinks.Candidate(
              "38.57", "Cơ sở dữ liệu về Chính quyền địa phương và địa giới hành chính"),
          new TaskLinks.Candidate("38.58", "Cơ sở dữ liệu về Hội, quỹ, tổ chức phi chính phủ"),
          new TaskLinks.Candidate("38.59", "Cơ sở dữ liệu về Tôn giáo"),
          new TaskLinks.Candidate("38.60", "Cơ sở dữ liệu nghề cá quốc gia (Vnfishbase)"),
          new TaskLinks.Candidate("38.61", "Cơ sở dữ liệu nuôi trồng thủy sản"),
          new TaskLinks.Candidate("38.62", "Cơ sở dữ liệu về giống cây trồng"),
          new TaskLinks.Candidate("38.63", "Cơ sở dữ liệu trồng trọt"),
          new TaskLinks.Candidate("38.64", "CSDL tổng hợp về tài chính"),
          new TaskLinks.Candidate(
              "38.65", "Hệ thống báo cáo thống kê ngành tài nguyên và môi trường"),
          new TaskLinks.Candidate("38.66", "Cơ sở dữ liệu khí tượng thuỷ văn"),
          new TaskLinks.Candidate("38.67", "Hệ thống thông tin cơ sở dữ liệu môi trường"),
          new TaskLinks.Candidate("38.68", "Cơ sở dữ liệu nền địa lý"),
          new TaskLinks.Candidate("38.69", "Cơ sở dữ liệu quốc gia về Đất đai"),
          new TaskLinks.Candidate("38.70", "Cơ sở dữ liệu viễn thám"),
          new TaskLinks.Candidate("38.71", "CSDL Cơ quan, doanh nghiệp bưu chính"),
          new TaskLinks.Candidate("38.72", "CSDL Cơ quan, doanh nghiệp lĩnh vực viễn thông"),
          new TaskLinks.Candidate("38.73", "CSDL Doanh thu dịch vụ viễn thông"),
          new TaskLinks.Candidate("38.74", "CSDL Cơ quan báo chí"),
          new TaskLinks.Candidate("38.75", "Cơ sở dữ liệu hộ tịch điện tử"),
          new TaskLinks.Candidate("38.76", "Cơ sở dữ liệu lý lịch tư pháp"),
          new TaskLinks.Candidate(
              "38.77", "Hệ thống quản lý tổ chức và hoạt động trợ giúp pháp lý"),
          new TaskLinks.Candidate("38.78", "Cơ sở dữ liệu thi hành án dân sự"),
          new TaskLinks.Candidate("38.79", "Cơ sở dữ liệu xử lý vi phạm hành chính"),
          new TaskLinks.Candidate("38.80", "Cơ sở dữ liệu về giao dịch bảo đảm"),
          new TaskLinks.Candidate("38.81", "CSDL Thành tích thể thao"),
          new TaskLinks.Candidate("38.82", "CSDL Sản phẩm quảng cáo"),
          new TaskLinks.Candidate("38.83", "CSDL Phòng chống bạo lực gia đình"),
          new TaskLinks.Candidate("38.84", "CSDL Hiện vật (Hệ thống thông tin quản lý hiện vật)"),
          new TaskLinks.Candidate(
              "38.85",
              "CSDL Di sản văn hóa phi vật thể (hệ thống thông tin quản lý di sản văn hóa phi vật thể)"),
          new TaskLinks.Candidate("38.86", "CSDL Đăng ký quyền tác giả, quyền liên quan"),
          new TaskLinks.Candidate("38.87", "Hệ thống thông tin nhà ở và thị trường bất động sản"),
          new TaskLinks.Candidate("38.88", "Cơ sở dữ liệu cấp nước sạch và thoát nước đô thị"),
          new TaskLinks.Candidate(
              "38.89",
              "Cơ sở dữ liệu về năng lực hành nghề hoạt động xây dựng của cá nhân và tổ chức."),
          new TaskLinks.Candidate("38.90", "Cơ sở dữ liệu về Phát triển đô thị"),
          new TaskLinks.Candidate("38.91", "Cơ sở dữ liệu lĩnh vực dự phòng, HIV, AIDS"),
          new TaskLinks.Candidate(
              "38.92", "Hệ thống thông tin lĩnh vực sức khỏe bà mẹ trẻ em/sức khỏe sinh sản"),
          new TaskLinks.Candidate("38.93", "Cơ sở dữ liệu môi trường cơ sở y tế"),
          new TaskLinks.Candidate("38.94", "Hệ thống quản lý thông tin tiêm chủng"),
          new TaskLinks.Candidate("38.95", "Cơ sở dữ liệu về nhân lực y tế"),
          new TaskLinks.Candidate("38.96", "Cơ sở dữ liệu về khám, chữa bệnh"),
          new TaskLinks.Candidate("38.97", "Cơ sở dữ liệu về an toàn thực phẩm"),
          new TaskLinks.Candidate("38.98", "Kho dữ liệu Data warehouse"),
          new TaskLinks.Candidate("38.99", "CSDL Thông tin tín dụng"),
          new TaskLinks.Candidate(
              "39", "Kết nối, khai thác, chia sẻ hiệu quả dữ liệu; triển khai mở dữ liệu"),
          new TaskLinks.Candidate(
              "40",
              "Nâng cấp, hoàn thiện hệ thống hạ tầng công nghệ thông tin đáp ứng yêu cầu tại Văn bản số 1552/BTTTT-TTH và 708/BTTTT- CATTT; hoàn thành kết nối giữa Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh với Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính, dịch vụ công theo Nghị định số 107/2021/NĐ-CP của Chính phủ"),
          new TaskLinks.Candidate("41", "Thúc đẩy hệ sinh thái kinh tế số trên các lĩnh vực"),
          new TaskLinks.Candidate(
              "42",
              "Xây dựng, ban hành Kế hoạch nghiên cứu, phát triển ứng dụng trí tuệ nhân tạo vào lĩnh vực hành chính công, nghiên cứu khoa học, chuyển đổi số"),
          new TaskLinks.Candidate(
              "43",
              "Tiếp nhận, tổng hợp, đánh giá, lựa chọn các sản phẩm, giải pháp khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số để đưa vào ứng dụng trong năm 2025 và công bố trên Cổng thông tin điện tử những sáng kiến, giải pháp đã được lựa chọn"),
          new TaskLinks.Candidate(
              "44",
              "- Rà soát, đảm bảo có chính sách đặc thù thu hút, tuyển dụng, đãi ngộ và trọng dụng nhân lực chuyển đổi số làm việc tại các cơ quan nhà nước, đảm bảo đủ về số lượng, chất lượng, phù hợp theo đặc thù lĩnh vực, vùng, miền. - Tập trung đào tạo nguồn nhân lực khoa học, công nghệ và đổi mới sáng tạo của tỉnh, ưu tiên các lĩnh vực khoa học kỹ thuật và công nghệ: công nghệ thông tin, công nghệ sinh học, công nghệ chế biến,... Tuyển chọn, cử đi đào tạo nhân lực khoa học và công nghệ trình độ cao thuộc các lĩnh vực ưu tiên, trọng điểm ở các nước có nền khoa học và công nghệ tiên tiến (khi đủ điều kiện)."),
          new TaskLinks.Candidate(
              "45",
              "Xây dựng kế hoạch phát triển nguồn nhân lực chất lượng cao. Tập trung đào tạo nguồn nhân lực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh, ưu tiên các lĩnh vực khoa học kỹ thuật và công nghệ: công nghệ thông tin, công nghệ sinh học, công nghệ chế biến"),
          new TaskLinks.Candidate(
              "46",
              "Xây dựng Kế hoạch triển khai thực hiện Quy hoạch mạng lưới tổ chức khoa học và công nghệ công lập thời kỳ 2021-2030, tầm nhìn đến 2050 trên địa bàn tỉnh"),
          new TaskLinks.Candidate(
              "47",
              "Phát triển đội ngũ giảng viên tại các cơ sở giáo dục đại học, cao đẳng trên địa bàn tỉnh, đảm bảo có trình độ đáp ứng việc giảng dạy các ngành phù hợp với định hướng phát triển của địa phương, nhất là lĩnh vực nông, lâm nghiệp ứng dụng công nghệ cao, công nghệ thông tin và chuyển đổi số"),
          new TaskLinks.Candidate(
              "48", "Xây dựng Kế hoạch thực hiện Chương trình phát triển Chính quyền số"),
          new TaskLinks.Candidate(
              "49",
              "Triển khai Mô hình Trung tâm giám sát, điều hành thông minh (theo hướng dẫn của Bộ Khoa học và Công nghệ)"),
          new TaskLinks.Candidate(
              "50",
              "Tham gia triển khai thực hiện Kế hoạch nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình; cung cấp dịch vụ số mới được cá nhân hóa, dựa trên dữ liệu cho người dân và doanh nghiệp; cung cấp dịch vụ công không phụ thuộc địa giới hành chính"),
          new TaskLinks.Candidate(
              "51",
              "Xây dựng kế hoạch hỗ trợ doanh nghiệp tham gia phát triển các ứng dụng, dịch vụ số mới theo hình thức hợp tác công tư (PPP)."),
          new TaskLinks.Candidate(
              "52",
              "Xây dựng kế hoạch thực hiện Chương trình cắt giảm đơn giản hoá thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026"),
          new TaskLinks.Candidate(
              "53",
              "Triển khai phát triển hạ tầng vật lý số, hạ tầng tiện ích số và công nghệ số như dịch vụ cho chuyển đổi số, trọng tâm là các nền tảng số dùng chung cho nhiều lĩnh vực kinh tế - xã hội; tích hợp cảm biến, ứng dụng công nghệ số vào hạ tầng thiết yếu phục vụ các hoạt động thiết yếu của xã hội trên môi trường số."),
          new TaskLinks.Candidate("54", "Xây dựng bộ quy tắc ứng xử văn hoá trên môi trường số"),
          new TaskLinks.Candidate(
              "55",
              "Xây dựng kế hoạch triển khai thực hiện Đề án chuyển đổi số trong lĩnh vực Văn hóa"),
          new TaskLinks.Candidate(
              "56",
              "Ứng dụng và triển khai các nền tảng số nhằm giám sát, thu thập dữ liệu lĩnh vực tài nguyên, môi trường"),
          new TaskLinks.Candidate(
              "57",
              "Triển khai nâng cấp, hoàn thiện, duy trì hệ thống CSDL đất đai nhằm đáp ứng yêu cầu của công tác quản lý đất đai trong giai đoạn hiện nay. (Chuyển từ hệ thống vật lý lên đám mây)"),
          new TaskLinks.Candidate(
              "58",
              "Xây dựng và triển khai hệ thống thông tin, cơ sở dữ liệu môi trường tỉnh Kon Tum."),
          new TaskLinks.Candidate(
              "59",
              "Ứng dụng và triển khai Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng"),
          new TaskLinks.Candidate(
              "60",
              "Triển khai các ứng dụng trí tuệ nhân tạo (AI) hỗ trợ phân tích, cảnh báo thiên tai, ứng phó với biến đổi khí hậu và bảo vệ môi trường"),
          new TaskLinks.Candidate(
              "61",
              "Triển khai Kế hoạch và giải pháp hỗ trợ, bảo vệ người dân trên không gian mạng ở mức cơ bản, tạo lập niềm tin số"),
          new TaskLinks.Candidate(
              "62", "Triển khai các giải pháp bảo đảm an toàn, an ninh thông tin, dữ liệu"),
          new TaskLinks.Candidate(
              "63",
              "Triển khai các giải pháp mã hoá, bảo mật thông tin, dữ liệu trong lĩnh vực quốc phòng"),
          new TaskLinks.Candidate(
              "64",
              "Xây dựng Kế hoạch triển khai Đề án phát hiện, đấu tranh ngăn chặn sớm hoạt động tấn công mạng, gián điệp mạng, âm mưu, hoạt động chống phá, xuyên tạc, phá hoại tư tưởng của các thế lực thù địch, phản động trên mạng và tội phạm"),
          new TaskLinks.Candidate(
              "65",
              "Xây dựng Kế hoạch triển khai Đề án phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phục vụ tự động hóa chỉ huy và hiện đại hóa quân đội"),
          new TaskLinks.Candidate(
              "66",
              "Triển khai nhiệm vụ phục vụ chuyển đổi số, bảo đảm phát triển kinh tế ban đêm kết nối với Đề án 06."),
          new TaskLinks.Candidate(
              "67",
              "Hướng dẫn, thúc đẩy doanh nghiệp cung cấp dịch vụ thương mại điện tử để nghiên cứu sử dụng định danh và xác thực điện tử trong các giao dịch thương mại điện tử."),
          new TaskLinks.Candidate(
              "68",
              "Ứng dụng và Triển khai các giải pháp, công cụ để giám sát các cơ sở khám chữa bệnh thực hiện liên thông dữ liệu Sổ sức khỏe điện tử, Giấy chuyển tuyến, Giấy hẹn khám lại, Kết quả xét nghiệm; để cơ sở khám chữa bệnh, bác sĩ khai thác thông tin Sổ sức khỏe trên VNeID trực tiếp từ phần mềm của cơ sở khám chữa bệnh."),
          new TaskLinks.Candidate(
              "69",
              "Triển khai số hoá dữ liệu, khai thác ứng dụng cắt giảm thủ tục hành chính - không phụ thuộc các ngành, trọng tâm là lĩnh vực tư pháp, giáo dục, y tế, đất đai."),
          new TaskLinks.Candidate(
              "70",
              "Chính quyền số và điều chỉnh các hệ thống thông tin theo hướng phù hợp với mô hình tổ chức 3 cấp (trung ương, tỉnh, xã) theo phương án không tổ chức cấp huyện, việc số hóa dữ liệu phục vụ bàn giao, nâng cấp hệ thống thông tin giải quyết thủ tục hành chính để thực hiện được ngay sau khi kết thúc mô hình cấp huyện."),
          new TaskLinks.Candidate(
              "71",
              "Triển khai thu phí không dừng tại bến xe, bãi đổ trong đô thị theo hướng dẫn của Bộ Xây dựng"),
          new TaskLinks.Candidate(
              "72",
              "Xây dựng Kế hoạch triển khai Đề án Nâng cao năng lực số cho người dân vùng đồng bào dân tộc thiểu số và miền núi"),
          new TaskLinks.Candidate(
              "73",
              "Xây dựng Kế hoạch triển khai Đề án phát triển khoa học, công nghệ, đổi mới sáng tạo lĩnh vực công tác dân tộc và tôn giáo"),
          new TaskLinks.Candidate(
              "74",
              "Phát động phong trào thi đua thực hiện chương trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh"),
          new TaskLinks.Candidate(
              "75",
              "Xây dựng Kế hoạch triển khai Đề án chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh"),
          new TaskLinks.Candidate(
              "76", "Triển khai bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp."),
          new TaskLinks.Candidate(
              "77",
              "Xây dựng Kế hoạch/chương trình hỗ trợ, thúc đẩy doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hộ kinh doanh, hợp tác xã chuyển đổi số."),
          new TaskLinks.Candidate(
              "78",
              "Công bố danh mục các bài toán lớn về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh để các doanh nghiệp công nghệ số Việt Nam tham gia giải quyết"),
          new TaskLinks.Candidate(
              "79",
              "Triển khai một số khu công nghiệp công nghệ số/khu công nghiệp công nghệ thông tin tập trung theo Quy hoạch hạ tầng thông tin và truyền thông thời kì 2021-2030, tầm nhìn đến 2050"),
          new TaskLinks.Candidate(
              "80",
              "Xây dựng, triển khai các chương trình thúc đẩy tiêu dùng sản phẩm, dịch vụ trên môi trường số bao gồm đưa sản phẩm lên môi trường số; trang bị kỹ năng số cho người dân, cung cấp các tiện ích để người dân giao dịch trên môi trường số, tạo lập niềm tin số."),
          new TaskLinks.Candidate(
              "81",
              "Ban hành Kế hoạch đẩy mạnh sản xuất thông minh, chuyển đổi số trong các lĩnh vực trọng điểm như nông nghiệp, công nghiệp, thương mại, tài chính, giáo dục, y tế, giao thông, xây dựng, logistics, du lịch,..."),
          new TaskLinks.Candidate(
              "82",
              "Thu hút doanh nghiệp công nghệ đặt trụ sở tại tỉnh; sản xuất, kinh doanh trong lĩnh vực tỉnh đang ưu tiên."),
          new TaskLinks.Candidate(
              "83",
              "Cử công chức, viên chức tham gia các khóa đào tạo nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do các viện, trường tổ chức theo Đề án của Trung ương về đào tạo, phát triển nguồn nhân lực cho lĩnh vực tiêu chuẩn, đo lường, chất lượng trong phạm vi cả nước đến năm 2030 và những năm tiếp theo nhằm phát triển đội ngũ chuyên gia về tiêu chuẩn, đo lường, chất lượng đáp ứng yêu cầu, mục tiêu phát triển kinh tế xã hội của tỉnh; Rà soát, bổ sung nội dung đào tạo nguồn nhân lực lĩnh vực tiêu chuẩn, đo lường, chất lượng trong các chương trình hợp tác về khoa học và công nghệ với các Viện, trường."),
          new TaskLinks.Candidate(
              "84",
              "Tổ chức triển khai thực hiện có hiệu quả Chương trình tổng thể về hợp tác với các Trường Đại học, các Viện, Trung tâm nghiên cứu khoa học để hỗ trợ doanh nghiệp trong công tác nghiên cứu khoa học trong hoạt động nghiên cứu, tư vấn chuyển giao, đổi mới công nghệ trong các doanh nghiệp. Tiếp tục đẩy mạnh hợp tác với các Viện nghiên cứu, các Trường Đại học và doanh nghiệp của các nước: Hàn Quốc; Israel; Nhật Bản, Thái Lan, Lào… trong các lĩnh vực sản xuất giống cây trồng, nông nghiệp CNC, chế biến dược liệu, chăn nuôi, nuôi trồng thủy sản…."),
          new TaskLinks.Candidate(
              "85",
              "Tích cực, chủ động tham gia các hoạt động, chương trình, hội thảo, đổi mới phương pháp quản trị về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số do các bộ, ngành và địa phương tổ chức."),
          new TaskLinks.Candidate(
              "86",
              "Xây dựng Kế hoạch hợp tác quốc tế trong nghiên cứu, khoa học, chuyển giao công nghệ thúc đẩy nghiên cứu, chia sẻ các mô hình, kinh nghiệm hay về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số với các nước (Hàn Quốc, Thái Lan, Lào, Campuchia,…)"),
          new TaskLinks.Candidate(
              "87",
              "Xây dựng cơ sở dữ liệu về chuyên gia, trí thức người Kon Tum đang công tác và sinh sống tại nước ngoài, tiếp cận, phát huy, kết nối hiệu quả và phát triển mạng lưới chuyên gia, nhà khoa học trong và ngoài nước. Củng cố, phát triển các hội đoàn chuyên gia, trí thức, doanh nhân người Kon Tum đang công tác và sinh sống tại nước ngoài"));

  static Stream<Arguments> subPlan() {
    return Stream.of(
        Arguments.of(
            "1.a",
            "Thường xuyên phổ biến, tuyên truyền về các nội dung Nghị quyết số 57- NQ/TW, Nghị quyết số 71/NQ-CP, Chương trình số 95-CTr/TU, Kế hoạch 1570/KH-UBND bằng nhiều hình thức, trong đó đẩy mạnh tuyên truyền trên các nền tảng số và mạng xã hội. Cụ thể hóa nhiệm vụ chuyển đổi số, phát triển khoa học, công nghệ, đổi mới sáng tạo trong chương trình, kế hoạch công tác hằng năm của đơn vị trực thuộc và các phòng chuyên môn.",
            "6"),
        Arguments.of(
            "1.b",
            "Tổ chức hội nghị, hội thảo, sinh hoạt chuyên đề phổ biến Kế hoạch 1570/KH-UBND và các chủ trương về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số đến toàn thể công chức, viên chức, người lao động của Sở .",
            null),
        Arguments.of(
            "2.a",
            "Rà soát, tham mưu cấp có thẩm quyền đề xuất điều chỉnh cơ chế quản lý tài chính trong thực hiện nhiệm vụ khoa học công nghệ, đơn giản hóa thủ tục hành chính; sửa đổi, bổ sung cơ chế tài chính cho hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; sắp xếp lại các tổ chức khoa học công nghệ trên địa bàn. Kiện toàn và nâng cao chất lượng hoạt động của Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh; tái cấu trúc quy trình, cắt giảm, đơn giản hóa tối đa thủ tục hành chính, nâng cao chất lượng cung cấp dịch vụ công trực tuyến.",
            "24"),
        Arguments.of(
            "2.b",
            "Rà soát, điều chỉnh, số hóa quy trình nội bộ; hồ sơ tài liệu, kết quả giải quyết thủ tục hành chính; rà soát, điều chỉnh các quy trình nội bộ để đáp ứng các quy định của Luật Giao dịch điện tử.",
            null),
        Arguments.of(
            "2.c",
            "Tổ chức triển khai kế hoạch đào tạo, bồi dưỡng nâng cao trình độ của công chức, viên chức, người lao động trong quản lý, thực hiện hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
            null),
        Arguments.of(
            "2.d",
            "Thực hiện cải cách phương thức quản lý, triển khai các nhiệm vụ khoa học và công nghệ; sắp xếp lại các tổ chức khoa học - công nghệ trên địa bàn.",
            null),
        Arguments.of(
            "3.a",
            "Thúc đẩy phát triển hạ tầng số, IoT, nền tảng số dùng chung; triển khai mô hình Trung tâm giám sát, điều hành thông minh; Phát triển hạ tầng 5G, IoT tại các khu công nghiệp; hoàn thiện Trung tâm tích hợp dữ liệu, kết nối dữ liệu quốc gia.",
            null),
        Arguments.of(
            "3.b",
            "Xây dựng kế hoạch số hóa dữ liệu, tích hợp hệ thống quản lý đề tài, nhiệm vụ khoa học công nghệ qua nền tảng số.",
            null),
        Arguments.of(
            "3.c",
            "Tiếp nhận, tổng hợp, đánh giá, lựa chọn các sản phẩm, giải pháp khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số để đưa vào ứng dụng trong năm 2025.",
            "43"),
        Arguments.of(
            "4.a",
            "Xây dựng kế hoạch triển khai Quy hoạch mạng lưới tổ chức khoa học và công nghệ công lập.",
            "46"),
        Arguments.of(
            "4.b",
            "Phối hợp tham mưu bố trí tỷ lệ phù hợp cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật trong đội ngũ lãnh đạo Sở Khoa học và Công nghệ.",
            "10"),
        Arguments.of(
            "5.a",
            "Tham mưu Kế hoạch và tổ chức thực hiện Chương trình phát triển Chính quyền số.",
            "48"),
        Arguments.of(
            "5.b", "Triển khai phong trào ”Bình dân học vụ số” phổ cập kiến thức số.", null),
        Arguments.of("5.c", "Tham mưu Kiến trúc Chính quyền số (phiên bản 4.0)", null),
        Arguments.of(
            "6.a",
            "Hướng dẫn thủ tục hỗ trợ doanh nghiệp, tổ chức khoa học và công nghệ đăng ký nhiệm vụ khoa học và công nghệ, sở hữu trí tuệ, ứng dụng công nghệ.",
            null),
        Arguments.of(
            "6.b",
            "Xây dựng kế hoạch hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; triển khai bộ tiêu trí đánh giá mức độ chuyển đổi số của doanh nghiệp; hỗ trợ doanh nghiệp phát triển ứng dụng, dịch vụ số theo hình thức PPP.",
            null),
        Arguments.of(
            "6.c",
            "Công bố danh mục các bài toán lớn về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh .",
            "78"),
        Arguments.of(
            "7.a",
            "Tham gia các khóa đào tạo nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do các viện, trường tổ chức.",
            "83"),
        Arguments.of(
            "7.b",
            "Ký kết thỏa thuận hợp tác với các viện nghiên cứu, trường đại học, tổ chức khoa học và công nghệ góp phần thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
            null));
  }

  @ParameterizedTest(name = "[{0}] → {2}")
  @MethodSource("subPlan")
  void aRestatedTaskIsLinkedAndNothingElse(String code, String text, String expected) {
    List<TaskLinks.Link> links =
        TaskLinks.suggest(List.of(new TaskLinks.Candidate(code, text)), KON_TUM_1570);
    if (expected == null) {
      assertThat(links).isEmpty();
    } else {
      assertThat(links).extracting(TaskLinks.Link::implementsCode).containsExactly(expected);
      assertThat(links.get(0).score()).isGreaterThanOrEqualTo(TaskLinks.THRESHOLD);
    }
  }
}
