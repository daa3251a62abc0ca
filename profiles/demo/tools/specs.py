"""Nội dung các bộ tiêu chí demo (Lạng Sơn, hư cấu) ở dạng dòng; xem ``build_profile.parse_spec``.

Mỗi khối là một nhóm đơn vị; hai phiên bản (2019 và 2021) nằm chung một khối:
``A => B`` đổi tên, ``a/b`` đổi điểm, cờ ``19``/``21`` thêm/bỏ tiêu chí, ``S`` điều tra xã hội học,
``O=MÃ`` cơ quan chủ trì khác mặc định của lĩnh vực.
"""

SN = """
Công tác chỉ đạo, điều hành cải cách hành chính | 10/9
  Kế hoạch cải cách hành chính năm | 3/2,5
    Ban hành kế hoạch CCHC năm kịp thời | 0,5
    Xác định đầy đủ các nhiệm vụ CCHC trên các lĩnh vực theo kế hoạch của UBND tỉnh | 0,5
    Các nhiệm vụ có kết quả, sản phẩm cụ thể, xác định rõ thời gian hoàn thành và trách nhiệm triển khai | 0,5
    Bố trí kinh phí triển khai kế hoạch CCHC | 0,5 | 19
    Mức độ thực hiện kế hoạch CCHC | 1
  Báo cáo cải cách hành chính | 1,5/1
    Số lượng báo cáo CCHC định kỳ (quý, 6 tháng, năm) | 0,5
    Chất lượng báo cáo: đánh giá đầy đủ kết quả, tồn tại, hạn chế và giải pháp | 0,5
    Thời gian gửi báo cáo đúng quy định | 0,5 | 19
  Kiểm tra công tác cải cách hành chính | 1,5
    Ban hành kế hoạch kiểm tra CCHC đối với các phòng, đơn vị trực thuộc | 0,5
    Mức độ thực hiện kế hoạch kiểm tra và xử lý các vấn đề phát hiện qua kiểm tra | 1
  Công tác tuyên truyền cải cách hành chính | 1,5/1
    Ban hành kế hoạch tuyên truyền CCHC | 0,5 | 19
    Mức độ thực hiện kế hoạch tuyên truyền CCHC | 0,5
    Đa dạng hóa hình thức tuyên truyền CCHC | 0,5
  Sự năng động trong chỉ đạo, điều hành cải cách hành chính | 1,5/2
    Có sáng kiến, giải pháp mới trong CCHC được cấp có thẩm quyền công nhận | 0,5
    Gắn kết quả thực hiện nhiệm vụ CCHC với công tác thi đua, khen thưởng | 0,5 | 19
    Thực hiện các nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao về CCHC | 0,5/1
    Thực hiện các nhiệm vụ nâng cao Chỉ số CCHC (PAR INDEX), SIPAS, PCI của tỉnh | 0,5 | 21
  Đánh giá của người dân, tổ chức về công tác chỉ đạo, điều hành cải cách hành chính | 1 | S

Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật => Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật; thanh tra, kiểm tra | 10/9
  Tham mưu xây dựng văn bản quy phạm pháp luật | 2,5/2
    Tham mưu ban hành VBQPPL đúng tiến độ theo Chương trình xây dựng VBQPPL của UBND tỉnh | 1
    Thực hiện đúng quy trình xây dựng VBQPPL (lấy ý kiến, thẩm định, đánh giá tác động) | 1
    Đăng tải dự thảo VBQPPL trên Cổng thông tin điện tử để lấy ý kiến nhân dân | 0,5 | 19
  Rà soát, hệ thống hóa văn bản quy phạm pháp luật | 2/1,5
    Ban hành kế hoạch rà soát, hệ thống hóa VBQPPL | 0,5 | 19
    Thực hiện rà soát VBQPPL định kỳ và theo chuyên đề | 0,5
    Xử lý hoặc kiến nghị xử lý kết quả rà soát VBQPPL | 0,5/1
    Công bố danh mục VBQPPL hết hiệu lực toàn bộ hoặc một phần | 0,5 | 19
  Tổ chức thực hiện văn bản quy phạm pháp luật => Phổ biến, giáo dục pháp luật và kiểm tra văn bản | 2/1,5
    Ban hành kế hoạch phổ biến, giáo dục pháp luật năm | 0,5
    Mức độ hoàn thành kế hoạch phổ biến, giáo dục pháp luật | 0,5
    Thực hiện công tác theo dõi thi hành pháp luật | 0,5 | 19
    Thực hiện kiểm tra văn bản theo thẩm quyền | 0,5
  Theo dõi thi hành pháp luật | 1 | 21
    Ban hành kế hoạch theo dõi tình hình thi hành pháp luật | 0,5
    Mức độ hoàn thành kế hoạch theo dõi thi hành pháp luật | 0,5
  Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật thuộc phạm vi quản lý nhà nước của ngành | 2,5/2 | O=TTR
    Ban hành kế hoạch thanh tra, kiểm tra năm | 0,5
    Mức độ thực hiện kế hoạch thanh tra, kiểm tra | 0,5
    Xử lý các vấn đề phát hiện qua thanh tra, kiểm tra | 0,5
    Giải quyết khiếu nại, tố cáo đúng thời hạn theo quy định | 0,5
    Thực hiện kết luận thanh tra, kiến nghị của cơ quan thanh tra cấp trên | 0,5 | 19
  Đánh giá của người dân, tổ chức về tính kịp thời, khả thi của chính sách, pháp luật thuộc lĩnh vực quản lý | 1 | S

Cải cách thủ tục hành chính | 12/14
  Kiểm soát thủ tục hành chính | 2,5/3
    Ban hành kế hoạch kiểm soát TTHC | 0,5
    Mức độ thực hiện kế hoạch kiểm soát TTHC | 0,5
    Tham mưu công bố danh mục TTHC thuộc phạm vi quản lý đúng thời hạn | 0,5/1
    Thực hiện rà soát, đơn giản hóa TTHC theo kế hoạch của UBND tỉnh | 0,5/1
    Tỷ lệ phương án đơn giản hóa TTHC được cơ quan có thẩm quyền thông qua | 0,5 | 19
  Công khai thủ tục hành chính | 1,5
    Công khai đầy đủ, đúng quy định TTHC tại Trung tâm Phục vụ hành chính công tỉnh | 0,5
    Công khai TTHC trên Trang thông tin điện tử của đơn vị | 0,5
    Cập nhật, công khai TTHC trên Cơ sở dữ liệu quốc gia về TTHC | 0,5
  Thực hiện cơ chế một cửa, một cửa liên thông | 4/5
    Tỷ lệ TTHC được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh | 1
    Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn | 1,5/2
      Tỷ lệ hồ sơ tiếp nhận trực tuyến được giải quyết đúng hạn | 1 | 21
      Tỷ lệ hồ sơ tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích được giải quyết đúng hạn | 1 | 21
    Thực hiện xin lỗi người dân khi giải quyết hồ sơ quá hạn | 0,5
    Thực hiện quy trình nội bộ giải quyết TTHC đã được phê duyệt | 0,5 | 19
    Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | 1 | 21
    Thực hiện cơ chế một cửa liên thông giữa các cơ quan | 0,5
  Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về thủ tục hành chính | 1
  Đánh giá của người dân, tổ chức về giải quyết thủ tục hành chính | 3/3,5 | S
    Sự hài lòng của người dân, tổ chức đối với việc giải quyết TTHC | 1
    Công khai, minh bạch TTHC tại nơi tiếp nhận hồ sơ | 0,5
    Thái độ, tinh thần phục vụ của công chức tiếp nhận hồ sơ | 1
    Số lượng cơ quan, số lần đi lại để giải quyết TTHC | 0,5/1

Cải cách tổ chức bộ máy hành chính | 8/7
  Thực hiện quy định về tổ chức bộ máy | 3/2,5
    Ban hành quy định chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của các phòng, đơn vị trực thuộc | 1
    Thực hiện sắp xếp, tinh gọn tổ chức bộ máy theo quy định | 1
    Thực hiện quy định về số lượng cấp phó của các phòng, đơn vị trực thuộc | 1/0,5
  Thực hiện quy định về quản lý biên chế | 2,5/2
    Sử dụng biên chế công chức được giao | 1
    Thực hiện tinh giản biên chế theo kế hoạch | 1
    Xây dựng và thực hiện Đề án vị trí việc làm | 0,5 | 19
  Thực hiện phân cấp, ủy quyền quản lý nhà nước | 1,5
    Thực hiện các nhiệm vụ được phân cấp, ủy quyền | 0,5
    Kiểm tra, đánh giá, xử lý các vấn đề phát hiện qua kiểm tra việc thực hiện phân cấp, ủy quyền | 1
  Đánh giá của người dân, tổ chức về sự thuận tiện khi liên hệ công tác với các phòng, đơn vị trực thuộc | 1 | S

Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức | 13/12
  Thực hiện vị trí việc làm và cơ cấu ngạch công chức | 2/1,5
    Bố trí công chức theo vị trí việc làm được phê duyệt | 1
    Thực hiện cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức theo quy định | 1/0,5
  Tuyển dụng, sử dụng và quản lý công chức, viên chức | 3
    Thực hiện quy định về tuyển dụng công chức, viên chức | 1
    Thực hiện quy định về bổ nhiệm, bổ nhiệm lại, luân chuyển, chuyển đổi vị trí công tác | 1
    Thực hiện quy định về đánh giá, xếp loại và chế độ, chính sách đối với công chức, viên chức | 1
  Đào tạo, bồi dưỡng công chức, viên chức | 2
    Ban hành kế hoạch đào tạo, bồi dưỡng công chức, viên chức | 0,5
    Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng | 1
    Cử công chức, viên chức tham gia bồi dưỡng kiến thức, kỹ năng về CCHC | 0,5
  Kỷ luật, kỷ cương hành chính | 4/3,5
    Chấp hành giờ giấc, nội quy làm việc của cơ quan | 1
    Thực hiện quy tắc ứng xử, văn hóa công vụ | 1/0,5
    Số lượng công chức, viên chức bị kỷ luật trong năm | 1
    Thực hiện các quy định về phòng, chống tham nhũng, tiêu cực | 1
  Đánh giá của người dân, tổ chức về đội ngũ cán bộ, công chức, viên chức | 2 | S
    Thái độ, tinh thần trách nhiệm của công chức khi giao tiếp, giải quyết công việc | 1
    Tình trạng nhũng nhiễu, gây phiền hà cho người dân, tổ chức | 1

Cải cách tài chính công | 8/7
  Thực hiện công tác tài chính, ngân sách | 3/2,5
    Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao | 1
    Thực hiện các quy định về quản lý, sử dụng kinh phí ngân sách nhà nước | 1
    Thực hiện kết luận, kiến nghị của thanh tra, kiểm toán về tài chính, ngân sách | 1/0,5
  Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính | 2
    Ban hành quy chế chi tiêu nội bộ | 0,5
    Sử dụng kinh phí tiết kiệm để tăng thu nhập cho công chức | 0,5
    Thực hiện quy chế quản lý, sử dụng tài sản công | 1
  Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập trực thuộc | 2/1,5
    Tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên | 1
    Thực hiện giao quyền tự chủ cho các đơn vị sự nghiệp công lập | 1/0,5
  Đánh giá của người dân, tổ chức về công khai, minh bạch trong quản lý tài chính công | 1 | S

Hiện đại hóa hành chính => Xây dựng và phát triển chính quyền điện tử, chính quyền số | 13/16
  Ứng dụng công nghệ thông tin | 5/5,5 | O=TTTT
    Ban hành kế hoạch ứng dụng CNTT năm => Ban hành và tổ chức thực hiện kế hoạch ứng dụng CNTT, chuyển đổi số năm | 0,5/1
    Mức độ thực hiện kế hoạch ứng dụng CNTT | 0,5 | 19
    Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử | 1
    Sử dụng hộp thư điện tử công vụ trong giải quyết công việc | 0,5
    Sử dụng chữ ký số trên văn bản điện tử | 1
    Vận hành Trang thông tin điện tử của đơn vị theo quy định | 1
    Bảo đảm an toàn thông tin mạng | 0,5
    Kết nối, chia sẻ dữ liệu với Hệ thống thông tin báo cáo của tỉnh | 0,5 | 21
  Cung cấp dịch vụ công trực tuyến | 3/4,5
    Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 3, 4 => Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình | 1
    Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến mức độ 3, 4 => Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến | 1/1,5
    Tỷ lệ TTHC có phát sinh hồ sơ trực tuyến | 1
    Tích hợp, cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia | 1 | 21
  Chuyển đổi số trong giải quyết thủ tục hành chính | 1,5 | 21 O=TTTT
    Tỷ lệ hồ sơ TTHC được thanh toán trực tuyến phí, lệ phí | 0,75
    Khai thác, sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư trong giải quyết TTHC | 0,75
  Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001 | 2/1,5 | O=KHCN
    Công bố Hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001 | 1/0,5
    Duy trì, cải tiến Hệ thống quản lý chất lượng theo quy định | 1
  Đánh giá của người dân, tổ chức về hiện đại hóa hành chính | 3 | S
    Sự thuận tiện khi sử dụng dịch vụ công trực tuyến | 1
    Mức độ cung cấp thông tin trên Trang thông tin điện tử của đơn vị | 1
    Sự hài lòng về cơ sở vật chất, trang thiết bị tại nơi tiếp nhận hồ sơ | 1

Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội | 26
  Thực hiện các chỉ tiêu phát triển kinh tế – xã hội thuộc lĩnh vực quản lý | 6
    Mức độ hoàn thành các chỉ tiêu kế hoạch phát triển kinh tế – xã hội được giao | 2/2,5
    Thực hiện các nhiệm vụ được giao trong Chương trình hành động của UBND tỉnh | 1,5/1
    Thu hút đầu tư, hỗ trợ doanh nghiệp thuộc lĩnh vực quản lý | 1 | 19
    Thực hiện các nhiệm vụ cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh (PCI) | 1,5
    Kết quả thực hiện chuyển đổi số trong ngành, lĩnh vực | 1 | 21
  Sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính | 8 | S
    Sự hài lòng về tiếp cận dịch vụ hành chính công | 2
    Sự hài lòng về thủ tục hành chính | 2
    Sự hài lòng về công chức trực tiếp giải quyết công việc | 2
    Sự hài lòng về kết quả cung ứng dịch vụ hành chính công | 2
  Tác động của cải cách hành chính đến quản lý nhà nước thuộc ngành, lĩnh vực | 6 | S
    Tính kịp thời, khả thi của các chính sách do đơn vị tham mưu ban hành | 2
    Hiệu lực, hiệu quả quản lý nhà nước thuộc ngành, lĩnh vực | 2
    Tác động của CCHC đến môi trường đầu tư, kinh doanh thuộc lĩnh vực quản lý | 2
  Đánh giá của doanh nghiệp về năng lực điều hành của sở, ngành (DDCI) | 6 | S
    Tính minh bạch và tiếp cận thông tin | 1,5
    Chi phí thời gian thực hiện các quy định của nhà nước | 1,5
    Chi phí không chính thức | 1,5/1
    Tính năng động và tiên phong của lãnh đạo sở, ngành | 1,5/1
    Vai trò của thiết chế pháp lý và an ninh trật tự | 1 | 21
"""

HU = """
Công tác chỉ đạo, điều hành cải cách hành chính | 9/8
  Kế hoạch cải cách hành chính năm của huyện | 2,5/2
    Ban hành kế hoạch CCHC năm của UBND huyện kịp thời | 0,5
    Xác định đầy đủ các nhiệm vụ CCHC trên các lĩnh vực | 0,5
    Các nhiệm vụ có sản phẩm cụ thể, phân công rõ cơ quan chủ trì và thời hạn hoàn thành | 0,5 | 19
    Mức độ thực hiện kế hoạch CCHC của huyện | 1
  Báo cáo cải cách hành chính | 1
    Báo cáo CCHC định kỳ đầy đủ về số lượng, đúng thời gian quy định | 0,5
    Chất lượng báo cáo CCHC | 0,5
  Kiểm tra công tác cải cách hành chính | 1,5
    Ban hành kế hoạch kiểm tra CCHC đối với các cơ quan chuyên môn và UBND cấp xã | 0,5
    Tỷ lệ cơ quan chuyên môn, UBND cấp xã được kiểm tra trong năm | 0,5/1
    Xử lý các vấn đề phát hiện qua kiểm tra CCHC | 0,5 | 19
  Tuyên truyền cải cách hành chính | 1
    Mức độ thực hiện kế hoạch tuyên truyền CCHC | 0,5
    Đa dạng hóa hình thức tuyên truyền CCHC trên địa bàn huyện | 0,5
  Sự năng động trong chỉ đạo, điều hành cải cách hành chính | 2/1,5
    Tổ chức đối thoại giữa lãnh đạo UBND huyện với người dân, doanh nghiệp | 0,5
    Có sáng kiến hoặc giải pháp mới trong CCHC được áp dụng | 0,5
    Gắn kết quả thực hiện CCHC với thi đua, khen thưởng => Gắn kết quả thực hiện CCHC với thi đua, khen thưởng và đánh giá người đứng đầu | 0,5
    Thực hiện các nhiệm vụ UBND tỉnh giao về CCHC | 0,5 | 19
  Đánh giá của người dân, tổ chức về công tác chỉ đạo, điều hành cải cách hành chính của huyện | 1 | S

Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại huyện => Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại huyện; thanh tra, kiểm tra | 9
  Xây dựng, ban hành văn bản quy phạm pháp luật của HĐND, UBND huyện | 1,5
    Ban hành VBQPPL đúng tiến độ theo kế hoạch | 0,5
    Thực hiện đúng quy trình xây dựng, ban hành VBQPPL | 0,5
    Lấy ý kiến đối tượng chịu tác động đối với dự thảo VBQPPL | 0,5
  Kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật | 2/1,5
    Tự kiểm tra VBQPPL do HĐND, UBND huyện ban hành | 0,5
    Kiểm tra VBQPPL của HĐND, UBND cấp xã theo thẩm quyền | 0,5
    Rà soát, hệ thống hóa VBQPPL định kỳ | 0,5
    Xử lý kết quả kiểm tra, rà soát VBQPPL | 0,5 | 19
  Phổ biến, giáo dục pháp luật | 1,5
    Ban hành kế hoạch phổ biến, giáo dục pháp luật năm | 0,5
    Mức độ thực hiện kế hoạch phổ biến, giáo dục pháp luật | 0,5
    Xây dựng, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật | 0,5
  Theo dõi thi hành pháp luật => Theo dõi thi hành pháp luật và xử lý vi phạm hành chính | 1,5
    Ban hành kế hoạch theo dõi tình hình thi hành pháp luật | 0,5
    Mức độ thực hiện kế hoạch theo dõi thi hành pháp luật | 0,5
    Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính | 0,5
  Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật thuộc phạm vi quản lý nhà nước cấp huyện | 1,5/2 | O=TTR
    Ban hành và thực hiện kế hoạch thanh tra, kiểm tra năm => Mức độ thực hiện kế hoạch thanh tra, kiểm tra năm | 0,5
    Xử lý các vấn đề phát hiện qua thanh tra, kiểm tra | 0,5/1
    Giải quyết khiếu nại, tố cáo thuộc thẩm quyền đúng thời hạn | 0,5
  Đánh giá của người dân, tổ chức về công tác xây dựng và tổ chức thực hiện pháp luật trên địa bàn | 1 | S

Cải cách thủ tục hành chính | 13/15
  Kiểm soát thủ tục hành chính | 2/2,5
    Ban hành kế hoạch kiểm soát TTHC năm | 0,5
    Mức độ thực hiện kế hoạch kiểm soát TTHC | 0,5/1
    Rà soát, đề xuất phương án đơn giản hóa TTHC | 0,5
    Thực hiện báo cáo định kỳ về tình hình, kết quả giải quyết TTHC | 0,5
  Công khai thủ tục hành chính | 1,5
    Công khai đầy đủ, kịp thời TTHC tại Bộ phận Một cửa cấp huyện | 0,5
    Công khai TTHC tại Bộ phận Một cửa cấp xã | 0,5
    Công khai TTHC trên Trang thông tin điện tử của huyện | 0,5 | 19
    Công khai TTHC trên Cổng Dịch vụ công của tỉnh | 0,5 | 21
  Thực hiện cơ chế một cửa, một cửa liên thông | 4/6
    Tỷ lệ TTHC được tiếp nhận, giải quyết tại Bộ phận Một cửa cấp huyện | 1
    Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn | 1,5/2
      Tỷ lệ hồ sơ TTHC cấp huyện được giải quyết đúng hạn | 1 | 21
      Tỷ lệ hồ sơ TTHC cấp xã được giải quyết đúng hạn | 1 | 21
    Thực hiện xin lỗi người dân khi giải quyết hồ sơ quá hạn | 0,5
    Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | 1 | 21
    Thực hiện cơ chế một cửa liên thông => Thực hiện liên thông TTHC giữa các cấp chính quyền | 1/0,5
    Đánh giá cán bộ, công chức làm việc tại Bộ phận Một cửa theo quy định | 1 | 21
  Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính | 1,5/1
    Công khai địa chỉ tiếp nhận phản ánh, kiến nghị | 0,5 | 19
    Xử lý phản ánh, kiến nghị đúng thời hạn | 0,5
    Công khai kết quả xử lý phản ánh, kiến nghị | 0,5
  Đánh giá của người dân, tổ chức về giải quyết thủ tục hành chính | 4 | S
    Sự công khai, minh bạch của TTHC | 1
    Thời gian giải quyết TTHC so với quy định | 1
    Thái độ phục vụ của công chức tiếp nhận, giải quyết hồ sơ | 1
    Chi phí không chính thức khi giải quyết TTHC | 1

Cải cách tổ chức bộ máy hành chính | 7/6
  Thực hiện quy định về tổ chức bộ máy | 3/2,5
    Ban hành quy định chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn thuộc UBND huyện | 1
    Thực hiện sắp xếp, kiện toàn các cơ quan chuyên môn, đơn vị sự nghiệp công lập | 1
    Thực hiện sắp xếp thôn, khối phố theo quy định | 1/0,5
  Thực hiện quy định về quản lý biên chế | 2,5/2
    Thực hiện biên chế công chức được giao | 1
    Thực hiện số lượng người làm việc trong đơn vị sự nghiệp công lập | 1/0,5
    Thực hiện tinh giản biên chế theo lộ trình | 0,5
  Thực hiện nhiệm vụ được UBND tỉnh phân cấp, ủy quyền và kiểm tra việc phân cấp cho UBND cấp xã | 1
  Đánh giá của người dân, tổ chức về việc phân định chức năng, nhiệm vụ của các cơ quan chuyên môn | 0,5 | S

Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức | 13/12
  Thực hiện quy định về vị trí việc làm | 1,5
    Bố trí công chức theo vị trí việc làm được phê duyệt | 1
    Thực hiện cơ cấu ngạch công chức theo quy định | 0,5
  Tuyển dụng, bổ nhiệm, quản lý cán bộ, công chức, viên chức | 3
    Thực hiện quy định về tuyển dụng công chức, viên chức | 1
    Thực hiện quy định về bổ nhiệm, luân chuyển, chuyển đổi vị trí công tác | 1
    Thực hiện đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức | 1
  Đào tạo, bồi dưỡng cán bộ, công chức, viên chức | 2/1,5
    Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng CBCCVC | 1
    Tỷ lệ công chức cấp xã đạt chuẩn theo quy định | 1/0,5
  Kỷ luật, kỷ cương hành chính | 3,5/3
    Chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ | 1/1,5
    Tình hình vi phạm, bị kỷ luật của cán bộ, công chức, viên chức | 1
    Thực hiện quy định về kê khai tài sản, thu nhập | 0,5
    Thực hiện quy định về tiếp công dân của người đứng đầu | 1 | 19
  Đánh giá của người dân, tổ chức về đội ngũ cán bộ, công chức, viên chức | 3 | S
    Tinh thần trách nhiệm, thái độ phục vụ của cán bộ, công chức, viên chức | 1
    Năng lực chuyên môn, nghiệp vụ của cán bộ, công chức, viên chức | 1
    Tình trạng nhũng nhiễu, gây phiền hà của cán bộ, công chức, viên chức | 1

Cải cách tài chính công | 7
  Quản lý, sử dụng ngân sách nhà nước | 3
    Thực hiện dự toán thu ngân sách nhà nước trên địa bàn | 1
    Tỷ lệ giải ngân kế hoạch vốn đầu tư công | 1
    Thực hiện công khai ngân sách theo quy định | 0,5
    Thực hiện kết luận, kiến nghị của cơ quan thanh tra, kiểm toán | 0,5
  Thực hiện cơ chế tự chủ tại cơ quan hành chính | 1,5
    Ban hành quy chế chi tiêu nội bộ, quy chế quản lý tài sản công | 0,5
    Thực hiện tự chủ về kinh phí quản lý hành chính => Thực hiện tự chủ, tiết kiệm kinh phí quản lý hành chính | 1
  Thực hiện cơ chế tự chủ tại đơn vị sự nghiệp công lập | 1,5
    Tỷ lệ đơn vị sự nghiệp công lập được giao tự chủ | 0,5
    Tỷ lệ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên | 1
  Đánh giá của người dân, tổ chức về công khai tài chính, ngân sách | 1 | S

Hiện đại hóa hành chính => Xây dựng và phát triển chính quyền điện tử, chính quyền số | 14/16
  Ứng dụng công nghệ thông tin | 5 | O=TTTT
    Ban hành kế hoạch ứng dụng CNTT năm | 0,5
    Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử | 1
    Tỷ lệ văn bản điện tử có ký số | 1
    Sử dụng Hệ thống quản lý văn bản và điều hành tại UBND cấp xã | 1/0,5
    Hoạt động của Trang thông tin điện tử của huyện | 1
    Bảo đảm an toàn, an ninh thông tin mạng | 0,5 | 19
    Kết nối, liên thông với Hệ thống thông tin báo cáo của tỉnh | 1 | 21
  Cung cấp dịch vụ công trực tuyến | 4/5
    Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 3, 4 => Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình | 1
    Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4 => Tỷ lệ hồ sơ TTHC được xử lý trực tuyến | 1,5
    Tỷ lệ TTHC có phát sinh hồ sơ trực tuyến | 1,5
    Tỷ lệ hồ sơ TTHC được thanh toán trực tuyến phí, lệ phí | 1 | 21
  Chuyển đổi số trong giải quyết thủ tục hành chính | 1,5 | 21 O=TTTT
    Khai thác, sử dụng Cơ sở dữ liệu quốc gia về dân cư trong giải quyết TTHC | 0,75
    Số hóa, cập nhật dữ liệu chuyên ngành vào hệ thống dùng chung của tỉnh | 0,75
  Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001 | 2/1,5 | O=KHCN
    Công bố Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001 tại UBND huyện | 1/0,5
    Duy trì, cải tiến Hệ thống quản lý chất lượng tại UBND cấp xã | 1
  Đánh giá của người dân, tổ chức về hiện đại hóa hành chính | 3 | S
    Sự thuận tiện trong sử dụng dịch vụ công trực tuyến | 1
    Cơ sở vật chất, trang thiết bị tại Bộ phận Một cửa | 1
    Thông tin trên Trang thông tin điện tử của huyện đầy đủ, kịp thời | 1

Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội | 28/27
  Thực hiện các chỉ tiêu phát triển kinh tế – xã hội của huyện | 8
    Tốc độ tăng trưởng giá trị sản xuất so với kế hoạch | 1,5
    Tỷ lệ tăng thu ngân sách nhà nước trên địa bàn so với năm trước | 1,5
    Thực hiện các chỉ tiêu về xây dựng nông thôn mới | 1
    Tỷ lệ giảm hộ nghèo so với kế hoạch | 1 | 19
    Thu hút đầu tư, phát triển doanh nghiệp trên địa bàn | 1/1,5
    Kết quả chuyển đổi số trên địa bàn huyện | 0,5 | 21
    Tỷ lệ lao động qua đào tạo | 1 | 19
    Giải quyết việc làm mới cho người lao động => Giải quyết việc làm và nâng cao tỷ lệ lao động qua đào tạo | 1/2
  Sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) | 10/9 | S
    Sự hài lòng về tiếp cận dịch vụ hành chính công | 2,5/2
    Sự hài lòng về thủ tục hành chính | 2,5
    Sự hài lòng về công chức trực tiếp giải quyết công việc | 2,5
    Sự hài lòng về kết quả cung ứng dịch vụ hành chính công | 2,5/2
  Tác động đến quản lý nhà nước và phát triển kinh tế – xã hội của địa phương | 4 | S
    Tác động của CCHC đến hiệu lực, hiệu quả quản lý nhà nước | 2
    Tác động của CCHC đến môi trường đầu tư, kinh doanh trên địa bàn | 2
  Đánh giá của doanh nghiệp về năng lực điều hành của huyện (DDCI) | 6 | S
    Tính minh bạch và tiếp cận thông tin | 1,5
    Chi phí thời gian để thực hiện các quy định của nhà nước | 1,5
    Chi phí không chính thức | 1,5
    Tính năng động và hỗ trợ doanh nghiệp của chính quyền huyện | 1,5
"""

XA = """
Công tác chỉ đạo, điều hành cải cách hành chính | 11/10
  Kế hoạch cải cách hành chính năm | 2,5/2
    Ban hành kế hoạch CCHC năm của UBND xã đúng thời gian | 1/0,5
    Xác định đầy đủ nhiệm vụ theo kế hoạch CCHC của UBND huyện | 0,5
    Mức độ thực hiện kế hoạch CCHC của UBND xã | 1
  Báo cáo cải cách hành chính định kỳ | 1,5
    Báo cáo đầy đủ về số lượng, đúng thời gian quy định | 1
    Chất lượng nội dung báo cáo CCHC | 0,5
  Tuyên truyền cải cách hành chính | 2
    Tuyên truyền CCHC trên hệ thống loa truyền thanh cơ sở | 1
    Đa dạng hóa hình thức tuyên truyền CCHC tại thôn, khối phố | 1
  Thực hiện các nhiệm vụ UBND huyện giao về cải cách hành chính | 2/1,5
    Thực hiện đầy đủ, đúng hạn nhiệm vụ được giao | 1
    Tham gia đầy đủ hội nghị, tập huấn về CCHC do huyện tổ chức | 1/0,5
  Tổ chức đối thoại giữa Chủ tịch UBND xã với nhân dân | 1,5
  Đánh giá của người dân về công tác chỉ đạo, điều hành cải cách hành chính của UBND xã | 1,5 | S

Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại xã | 10
  Ban hành văn bản quy phạm pháp luật của HĐND, UBND xã | 2
    Ban hành văn bản QPPL đúng thẩm quyền, đúng quy trình | 1
    Tự kiểm tra văn bản do HĐND, UBND xã ban hành | 1
  Rà soát, hệ thống hóa văn bản quy phạm pháp luật | 1,5
  Phổ biến, giáo dục pháp luật | 2/1,5
    Mức độ thực hiện kế hoạch phổ biến, giáo dục pháp luật | 1/0,5
    Hoạt động của tủ sách pháp luật, tổ hòa giải ở cơ sở | 0,5
    Xã đạt chuẩn tiếp cận pháp luật theo quy định | 0,5
  Theo dõi thi hành pháp luật | 1,5
  Thanh tra, kiểm tra và giải quyết khiếu nại, tố cáo | 2/2,5 | O=TTR
    Tiếp công dân định kỳ của Chủ tịch UBND xã | 0,5
    Giải quyết khiếu nại, tố cáo đúng thời hạn | 1
    Thực hiện kiểm tra việc chấp hành pháp luật trên địa bàn | 0,5/1
  Đánh giá của người dân về công tác phổ biến, thực thi pháp luật tại xã | 1 | S

Cải cách thủ tục hành chính | 19/21
  Công khai thủ tục hành chính | 2,5
    Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa | 1
    Công khai TTHC trên Trang thông tin điện tử của xã | 0,5
    Công khai số điện thoại đường dây nóng, địa chỉ tiếp nhận phản ánh, kiến nghị | 0,5
    Công khai quy trình nội bộ giải quyết TTHC | 0,5
  Thực hiện cơ chế một cửa, một cửa liên thông | 7/9
    Bố trí công chức làm việc tại Bộ phận Một cửa đúng quy định | 1/0,5
    Cơ sở vật chất, trang thiết bị của Bộ phận Một cửa | 1/0,5
    Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn | 2
    Thực hiện xin lỗi người dân khi giải quyết hồ sơ quá hạn | 1
    Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | 1,5 | 21
    Thực hiện liên thông các TTHC: đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi | 1
    Sử dụng sổ theo dõi hồ sơ và phiếu kiểm soát quá trình giải quyết hồ sơ | 1
    Thực hiện đánh giá cán bộ, công chức làm việc tại Bộ phận Một cửa | 1,5 | 21
  Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về thủ tục hành chính | 1,5
  Kiểm soát thủ tục hành chính | 3
    Thực hiện báo cáo tình hình, kết quả giải quyết TTHC định kỳ | 1,5
    Rà soát, kiến nghị đơn giản hóa TTHC | 1,5
  Đánh giá của người dân, tổ chức về giải quyết thủ tục hành chính | 5 | S
    Mức độ công khai, minh bạch của TTHC | 1,25
    Thời gian giải quyết hồ sơ TTHC | 1,25
    Thái độ, tinh thần phục vụ của công chức tại Bộ phận Một cửa | 1,25
    Số lần đi lại để hoàn thành TTHC | 1,25

Cải cách tổ chức bộ máy hành chính | 7/6
  Thực hiện quy định về số lượng cán bộ, công chức và người hoạt động không chuyên trách cấp xã | 3/2,5
    Bố trí số lượng cán bộ, công chức cấp xã đúng quy định | 1,5
    Bố trí người hoạt động không chuyên trách ở cấp xã, thôn đúng quy định | 1,5/1
  Thực hiện quy chế làm việc của UBND xã | 2/1,5
    Ban hành quy chế làm việc của UBND xã | 1/0,5
    Phân công nhiệm vụ rõ ràng cho từng cán bộ, công chức | 1
  Thực hiện quy chế dân chủ ở cơ sở => Thực hiện dân chủ ở cơ sở | 2
    Công khai các nội dung theo quy định về thực hiện dân chủ ở cơ sở | 1
    Hoạt động của Ban Thanh tra nhân dân | 1

Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã | 12
  Đào tạo, bồi dưỡng cán bộ, công chức | 3
    Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn về trình độ chuyên môn | 1,5
    Tỷ lệ cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng trong năm => Tỷ lệ cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng số trong năm | 1,5
  Đánh giá, xếp loại cán bộ, công chức | 2
    Thực hiện đánh giá, xếp loại cán bộ, công chức đúng quy định | 1
    Tỷ lệ cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên | 1
  Chấp hành kỷ luật, kỷ cương hành chính | 5
    Chấp hành thời giờ làm việc, nội quy cơ quan | 1/2
    Thực hiện quy tắc ứng xử, văn hóa công sở | 1
    Tình hình vi phạm kỷ luật của cán bộ, công chức | 1
    Đeo thẻ công chức khi thực thi công vụ | 1 | 19
    Thực hiện quy định về kê khai tài sản, thu nhập | 1
  Đánh giá của người dân về đội ngũ cán bộ, công chức cấp xã | 2 | S
    Thái độ, tinh thần phục vụ nhân dân của cán bộ, công chức | 1
    Năng lực giải quyết công việc của cán bộ, công chức | 1

Cải cách tài chính công | 7
  Quản lý, sử dụng ngân sách xã | 4
    Thực hiện dự toán thu ngân sách xã | 1,5/1
    Thực hiện dự toán chi ngân sách xã đúng quy định | 1
    Công khai ngân sách xã theo quy định | 1
    Thực hiện thu, nộp ngân sách qua Kho bạc Nhà nước đúng quy định | 0,5 | 19
    Thực hiện thu phí, lệ phí không dùng tiền mặt | 1 | 21
  Thực hiện cơ chế tự chủ về kinh phí quản lý hành chính, quản lý tài sản công | 2
  Đánh giá của người dân về công khai, minh bạch tài chính của xã | 1 | S

Hiện đại hóa hành chính => Xây dựng chính quyền điện tử, chính quyền số | 13/15
  Ứng dụng công nghệ thông tin | 5/6
    Tỷ lệ văn bản trao đổi với cơ quan hành chính nhà nước dưới dạng điện tử | 1,5 | O=VHTT
    Sử dụng hộp thư điện tử công vụ, chữ ký số | 1,5 | O=VHTT
    Sử dụng Hệ thống thông tin một cửa điện tử trong tiếp nhận, giải quyết hồ sơ | 2/3
  Trang thông tin điện tử của xã | 2 | O=VHTT
    Cập nhật, đăng tải thông tin trên Trang thông tin điện tử | 1
    Đăng tải đầy đủ văn bản chỉ đạo, điều hành của UBND xã | 1
  Cung cấp dịch vụ công trực tuyến | 3/5
    Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến | 1,5/2
    Hướng dẫn người dân nộp hồ sơ trực tuyến | 1,5/1
    Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí | 1 | 21
    Khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư | 1 | 21
  Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001 tại UBND xã | 1 | 19
  Đánh giá của người dân về ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính | 2 | S

Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội | 21/19
  Thực hiện các chỉ tiêu phát triển kinh tế – xã hội của xã | 6/5
    Mức độ hoàn thành các chỉ tiêu kinh tế – xã hội do HĐND xã giao | 3/2
    Thực hiện các tiêu chí xã nông thôn mới | 1,5
    Tỷ lệ hộ nghèo giảm so với kế hoạch | 1,5/1
    Hoạt động của Tổ công nghệ số cộng đồng | 0,5 | 21
  Sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính | 11/10 | S
    Tiếp cận dịch vụ tại Bộ phận Một cửa | 2,75/2,5
    Thủ tục hành chính và thời gian giải quyết | 2,75/2,5
    Sự phục vụ của công chức | 2,75/2,5
    Kết quả giải quyết công việc | 2,75/2,5
  Tác động đến an ninh, trật tự và đời sống nhân dân | 4
    Giữ vững an ninh chính trị, trật tự an toàn xã hội | 2
    Giảm số vụ khiếu kiện đông người, vượt cấp | 2
"""

PH = """
Công tác chỉ đạo, điều hành cải cách hành chính | 12/11
  Kế hoạch cải cách hành chính năm của cơ quan | 4/3,5
    Ban hành kế hoạch CCHC năm của cơ quan đúng thời gian | 1
    Mức độ thực hiện kế hoạch CCHC của cơ quan | 2
    Phân công công chức theo dõi công tác CCHC | 1/0,5
  Báo cáo cải cách hành chính định kỳ đầy đủ, đúng thời gian | 2
  Thực hiện nhiệm vụ UBND huyện giao về cải cách hành chính | 3/2,5
    Tham mưu các nhiệm vụ CCHC thuộc lĩnh vực quản lý | 1,5
    Hướng dẫn, kiểm tra UBND cấp xã thực hiện CCHC thuộc lĩnh vực | 1,5/1
  Tuyên truyền cải cách hành chính thuộc lĩnh vực quản lý | 2
  Đánh giá của người dân, tổ chức về công tác chỉ đạo cải cách hành chính của cơ quan | 1 | S

Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật | 10/9
  Tham mưu xây dựng văn bản quy phạm pháp luật thuộc lĩnh vực quản lý | 2,5/2
  Tự kiểm tra, rà soát văn bản thuộc lĩnh vực quản lý | 2/1,5
  Phổ biến, giáo dục pháp luật cho công chức trong cơ quan | 1,5
  Theo dõi thi hành pháp luật thuộc lĩnh vực quản lý | 1,5
  Thanh tra, kiểm tra chuyên ngành và tự kiểm tra nội bộ | 2,5 | O=TTR
    Thực hiện kiểm tra việc chấp hành pháp luật thuộc lĩnh vực quản lý | 1
    Xử lý, theo dõi thực hiện kết luận thanh tra, kiểm tra | 1
    Giải quyết đơn thư thuộc thẩm quyền | 0,5

Cải cách thủ tục hành chính | 14/15
  Rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực quản lý | 2
  Công khai thủ tục hành chính thuộc lĩnh vực quản lý | 2/1,5
  Giải quyết thủ tục hành chính thuộc thẩm quyền | 5/6
    Tỷ lệ hồ sơ TTHC thuộc lĩnh vực được giải quyết đúng hạn | 2
    Thực hiện xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn | 1
    Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC | 1 | 21
    Phối hợp với Bộ phận Một cửa trong giải quyết hồ sơ liên thông | 2
  Đánh giá của người dân, tổ chức về giải quyết thủ tục hành chính thuộc lĩnh vực quản lý | 5/5,5 | S
    Thời gian giải quyết hồ sơ so với phiếu hẹn | 2,5
    Thái độ phục vụ của công chức thụ lý hồ sơ | 2,5/3

Cải cách tổ chức bộ máy hành chính | 8
  Thực hiện quy định về chức năng, nhiệm vụ, quyền hạn của cơ quan | 3
  Xây dựng và thực hiện quy chế làm việc của cơ quan | 2
  Thực hiện quy định về biên chế, vị trí việc làm | 3/2,5
  Thực hiện sắp xếp, tinh gọn đầu mối bên trong cơ quan | 0,5 | 21

Xây dựng và nâng cao chất lượng đội ngũ công chức | 15/14
  Đào tạo, bồi dưỡng công chức | 4
  Đánh giá, xếp loại công chức đúng quy định | 4
  Chấp hành kỷ luật, kỷ cương hành chính | 5/4
    Chấp hành thời giờ làm việc, nội quy, quy chế cơ quan | 2/1,5
    Thực hiện quy tắc ứng xử của công chức | 1,5
    Không có công chức bị kỷ luật trong năm | 1,5/1
  Đánh giá của người dân, tổ chức về đội ngũ công chức của cơ quan | 2 | S

Cải cách tài chính công | 8
  Thực hiện dự toán ngân sách được giao | 3
  Thực hiện cơ chế tự chủ, quy chế chi tiêu nội bộ => Thực hiện cơ chế tự chủ, quy chế chi tiêu nội bộ và tiết kiệm chi thường xuyên | 3
  Công khai tài chính, tài sản công theo quy định | 2

Hiện đại hóa hành chính => Xây dựng chính quyền điện tử, chính quyền số | 13/15
  Ứng dụng công nghệ thông tin | 6
    Tỷ lệ văn bản đi, đến được xử lý trên phần mềm quản lý văn bản và điều hành | 2 | O=VHTT
    Sử dụng chữ ký số, hộp thư điện tử công vụ trong trao đổi công việc | 2 | O=VHTT
    Xử lý hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC của tỉnh | 2
  Cung cấp thông tin trên Trang thông tin điện tử của huyện | 2 | O=VHTT
  Cung cấp dịch vụ công trực tuyến thuộc lĩnh vực quản lý | 3/5
    Tỷ lệ TTHC thuộc lĩnh vực được cung cấp dịch vụ công trực tuyến | 1,5/2
    Tỷ lệ hồ sơ trực tuyến được tiếp nhận, giải quyết | 1,5/2
    Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến | 1 | 21
  Áp dụng, duy trì Hệ thống quản lý chất lượng TCVN ISO 9001 trong hoạt động của cơ quan | 2

Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội | 20
  Hoàn thành các chỉ tiêu kinh tế – xã hội thuộc lĩnh vực được giao | 6
  Sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan | 10 | S
    Tiếp cận thông tin, hướng dẫn của cơ quan | 2,5
    Thời gian, chi phí giải quyết công việc | 2,5
    Thái độ phục vụ của công chức | 2,5
    Kết quả giải quyết công việc | 2,5
  Mức độ hoàn thành nhiệm vụ tham mưu UBND huyện trong năm | 4
"""

SPECS = {"SN": SN, "HU": HU, "XA": XA, "PH": PH}
