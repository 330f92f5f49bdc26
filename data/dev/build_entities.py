#!/usr/bin/env python3
"""Write entities.json for the dev set (hand-written records, checked against the articles)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def E(name, typ, docs, aliases, roles=None, **kw):
    d = {"name": name, "type": typ, "aliases": aliases}
    if roles:
        d["roles"] = roles
    d["docs"] = docs
    d.update(kw)
    return d


P, O = "person", "organization"
ENT = [
    # 01 politics
    E("Corinne Vasquez-Hale", P, ["dev_01_politics"],
      ["Corinne Vasquez-Hale", "Vasquez-Hale", "Senate Majority Leader Corinne Vasquez-Hale"],
      ["Senate Majority Leader", "Democrat from Port Ellery"]),
    E("Frank Dorsey", P, ["dev_01_politics"],
      ["Frank Dorsey", "Dorsey", "Senate Minority Leader Frank Dorsey", "the minority leader"],
      ["Senate Minority Leader", "Republican, Calder Springs"],
      note="shares the surname with Marian Dorsey (not related); bare 'Dorsey' is used only before she is introduced"),
    E("Marian Dorsey", P, ["dev_01_politics"], ["Marian Dorsey", "Sen. Marian Dorsey"], ["State senator, Democrat, Lakeview"]),
    E("Tomas Reyna", P, ["dev_01_politics"], ["Tomas Reyna", "Reyna", "Speaker Tomas Reyna"], ["Speaker of the House"]),
    E("Adaeze Morrow", P, ["dev_01_politics"], ["Adaeze Morrow", "Gov. Adaeze Morrow", "Morrow", "the governor"], ["Governor"]),
    E("Ellis Grant", P, ["dev_01_politics"], ["Ellis Grant", "Grant", "A spokesman for Morrow, Ellis Grant"],
      ["spokesman for Gov. Adaeze Morrow"]),
    E("Harold Obi", P, ["dev_01_politics"], ["Harold Obi", "Obi", "Sen. Harold Obi"],
      ["State senator, Republican, Wexley", "the chamber's longest-serving member"]),
    E("Legislative Fiscal Office", O, ["dev_01_politics"], ["Legislative Fiscal Office"]),
    E("The Marlow Ledger", O, ["dev_01_politics"], ["The Marlow Ledger"]),
    # 02 courts
    E("Darnell Whitcomb", P, ["dev_02_courts"], ["Darnell Whitcomb", "Whitcomb", "Darnell"],
      ["former finance director", "defendant"], note="shares the surname with his brother Andre Whitcomb; does not speak"),
    E("Andre Whitcomb", P, ["dev_02_courts"], ["Andre Whitcomb", "his younger brother", "His brother, Andre Whitcomb"],
      ["witness", "brother of the defendant"]),
    E("Lena Marsh", P, ["dev_02_courts"], ["Lena Marsh", "Marsh", "defense attorney Lena Marsh"], ["defense attorney"]),
    E("Priya Nandakumar", P, ["dev_02_courts"], ["Priya Nandakumar", "Assistant U.S. Attorney Priya Nandakumar"],
      ["Assistant U.S. Attorney"]),
    E("Harriet Lomax", P, ["dev_02_courts"], ["Harriet Lomax", "Lomax", "U.S. District Judge Harriet Lomax"], ["U.S. District Judge"]),
    E("Saint Brigid Medical Center Foundation", O, ["dev_02_courts"],
      ["Saint Brigid Medical Center Foundation", "the Saint Brigid Medical Center Foundation", "The foundation", "the statement"]),
    E("U.S. Attorney’s Office", O, ["dev_02_courts"], ["U.S. Attorney’s Office", "the U.S. Attorney’s Office", "Prosecutors"]),
    E("Eastbrook Herald", O, ["dev_02_courts"], ["Eastbrook Herald", "EASTBROOK HERALD"]),
    # 03 sports
    E("Dale Prentiss", P, ["dev_03_sports"], ["Dale Prentiss", "Prentiss", "Coach"], ["head coach, Harbor City Breakers"]),
    E("Kiara Reilly", P, ["dev_03_sports"], ["Kiara Reilly", "Reilly", "Guard Kiara Reilly", "Ice"],
      ["guard, Harbor City Breakers"], note="twin sister Maeve Reilly shares the surname"),
    E("Maeve Reilly", P, ["dev_03_sports"], ["Maeve Reilly", "Her twin sister, Maeve Reilly"], ["reserve forward, Harbor City Breakers"]),
    E("Lionel Abernathy", P, ["dev_03_sports"], ["Lionel Abernathy", "Abernathy", "Dunmore coach Lionel Abernathy"],
      ["coach, Dunmore Foxes"]),
    E("Tasha Oyelaran", P, ["dev_03_sports"], ["Tasha Oyelaran", "Oyelaran", "Dunmore center Tasha Oyelaran"], ["center, Dunmore Foxes"]),
    E("Shanelle Doucet", P, ["dev_03_sports"], ["Shanelle Doucet", "Doucet", "Union president Shanelle Doucet"],
      ["president of the players' union", "former All-Star guard"]),
    E("PWBL", O, ["dev_03_sports"], ["PWBL", "the league", "the PWBL's stats department", "the league office"]),
    E("Harbor City Breakers", O, ["dev_03_sports"], ["Harbor City Breakers", "the Breakers", "Breakers"]),
    E("Dunmore Foxes", O, ["dev_03_sports"], ["Dunmore Foxes", "Foxes", "Dunmore"]),
    # 04 business
    E("Halvorsen Foods", O, ["dev_04_business"],
      ["Halvorsen Foods Inc.", "Halvorsen Foods", "Halvorsen", "The company", "the company",
       "The Minneapolis-based maker of Crisp Hollow chips and Tundra frozen meals"]),
    E("Margaret Okonjo", P, ["dev_04_business"], ["Margaret Okonjo", "Okonjo", "Chief Executive Margaret Okonjo"],
      ["Chief Executive, Halvorsen Foods"]),
    E("Brian Sato", P, ["dev_04_business"], ["Brian Sato", "Sato", "Chief Financial Officer Brian Sato"],
      ["Chief Financial Officer, Halvorsen Foods"]),
    E("Rahul Mehta-Clarke", P, ["dev_04_business"], ["Rahul Mehta-Clarke", "Mehta-Clarke"], ["analyst, Corbridge Securities"]),
    E("Pellham Brands", O, ["dev_04_business"], ["Pellham Brands", "Pellham"]),
    E("Victor Anand", P, ["dev_04_business"], ["Victor Anand", "Pellham’s chief executive, Victor Anand"], ["chief executive, Pellham Brands"]),
    E("Dana Whitlow", P, ["dev_04_business"], ["Dana Whitlow", "Whitlow"], ["portfolio manager, Greyfield Capital"]),
    E("Holbeck Data", O, ["dev_04_business"], ["Holbeck Data"]),
    E("Corbridge Securities", O, ["dev_04_business"], ["Corbridge Securities"]),
    E("Greyfield Capital", O, ["dev_04_business"], ["Greyfield Capital"]),
    # 05 health
    E("Helena Varga", P, ["dev_05_health"], ["Helena Varga", "Dr. Helena Varga", "Varga"],
      ["epidemiologist, Northfield School of Public Health", "the study’s lead author"]),
    E("Joan Abernethy-Pike", P, ["dev_05_health"], ["Joan Abernethy-Pike"],
      ["charge nurse, emergency department, Riverside General Hospital"]),
    E("Marcus Lindgren", P, ["dev_05_health"], ["Marcus Lindgren", "Dr. Marcus Lindgren", "Lindgren"],
      ["climatologist, Coastal Plains University"]),
    E("Northfield School of Public Health", O, ["dev_05_health"], ["Northfield School of Public Health", "Northfield"]),
    E("State Department of Health", O, ["dev_05_health"], ["The state Department of Health", "the department"]),
    E("Halcyon Foundation", O, ["dev_05_health"], ["Halcyon Foundation", "the Halcyon Foundation"]),
    E("Riverside General Hospital", O, ["dev_05_health"], ["Riverside General Hospital"]),
    E("Coastal Plains University", O, ["dev_05_health"], ["Coastal Plains University"]),
    # 06 local
    E("Lois Kettleby", P, ["dev_06_local"], ["Lois Kettleby", "Kettleby", "Ashgrove Mayor Lois Kettleby"], ["Mayor of Ashgrove"]),
    E("Raymond Oduya", P, ["dev_06_local"], ["Raymond Oduya"], ["owner, Fenwick Family Pharmacy"]),
    E("Jordan Ellery", P, ["dev_06_local"], ["Jordan Ellery"], ["nurse, Ashgrove Memorial Hospital"], pronouns="they/them"),
    E("Grace Tillman", P, ["dev_06_local"], ["Grace Tillman", "Tillman", "Council member Grace Tillman"], ["Ashgrove City Council member"]),
    E("Victor Almeida", P, ["dev_06_local"], ["Victor Almeida", "Almeida", "Council member Victor Almeida"], ["Ashgrove City Council member"]),
    E("Pamela Okoro", P, ["dev_06_local"], ["Pamela Okoro", "City Manager Pamela Okoro"], ["City Manager of Ashgrove"]),
    E("Denise Harlow", P, ["dev_06_local"], ["Denise Harlow"], ["president, Fenwick Avenue Merchants Association"]),
    E("Ashgrove Public Works Department", O, ["dev_06_local"],
      ["The public works department", "the city's public works department", "a staff report"]),
    E("Ashgrove City Council", O, ["dev_06_local"], ["Ashgrove City Council", "the Ashgrove City Council", "the council"]),
    E("Fenwick Avenue Merchants Association", O, ["dev_06_local"], ["Fenwick Avenue Merchants Association", "the group"]),
    # 07 profile
    E("Rosalind Achterberg", P, ["dev_07_profile"], ["Rosalind Achterberg", "Achterberg", "The elder Achterberg"],
      ["luthier", "author of The Grain Remembers"], note="daughter Liesbeth Achterberg shares the surname"),
    E("Liesbeth Achterberg", P, ["dev_07_profile"], ["Liesbeth Achterberg", "Her daughter, Liesbeth Achterberg"], ["luthier"]),
    E("Willem Brandsma", P, ["dev_07_profile"], ["Willem Brandsma", "Brandsma", "her teacher, Willem Brandsma"], ["luthier (deceased)"]),
    E("Tobias Feldhaus", P, ["dev_07_profile"], ["Tobias Feldhaus", "Feldhaus"], ["principal cellist, Northwind Chamber Orchestra"]),
    E("Linden House Press", O, ["dev_07_profile"], ["Linden House Press"]),
    # 08 press release
    E("Corvalis Robotics", O, ["dev_08_press_release"], ["Corvalis Robotics, Inc.", "Corvalis Robotics", "Corvalis", "The company"]),
    E("Bayfield Health", O, ["dev_08_press_release"], ["Bayfield Health", "Bayfield"]),
    E("Anika Thorsen", P, ["dev_08_press_release"], ["Anika Thorsen"], ["chief executive officer, Corvalis Robotics"]),
    E("Samuel Okafor", P, ["dev_08_press_release"], ["Samuel Okafor", "Dr. Samuel Okafor"], ["chief operating officer, Bayfield Health"]),
    E("Maria Espinal", P, ["dev_08_press_release"], ["Maria Espinal", "Maria Espinal, RN"], ["nurse manager"]),
    # 09 wire
    E("Tarsanian Interior Ministry", O, ["dev_09_wire"], ["the Interior Ministry", "The ministry"]),
    E("Arvid Sandoval", P, ["dev_09_wire"], ["Arvid Sandoval", "Col. Arvid Sandoval", "Sandoval"],
      ["spokesman for the national civil protection service"]),
    E("Ilse Parvan", P, ["dev_09_wire"], ["Ilse Parvan"], ["resident"]),
    E("Dorian Castellet", P, ["dev_09_wire"], ["Dorian Castellet", "Prime Minister Dorian Castellet", "Castellet"], ["Prime Minister of Tarsania"]),
    E("Hedda Lorinc", P, ["dev_09_wire"], ["Hedda Lorinc", "the town’s mayor, Hedda Lorinc"], ["mayor of Velmora"]),
    E("Tomas Iridani", P, ["dev_09_wire"], ["Tomas Iridani"], ["geologist, University of Port Amsel"]),
    E("Hands Across Borders", O, ["dev_09_wire"], ["Hands Across Borders", "The relief organization Hands Across Borders"]),
    E("Marek Dunai", P, ["dev_09_wire"], ["Marek Dunai"], ["mechanic"]),
    E("TNR", O, ["dev_09_wire"], ["TNR", "The national broadcaster TNR"]),
    E("Meridian Press", O, ["dev_09_wire"], ["Meridian Press"]),
    # 10 british
    E("Andrew Pryce", P, ["dev_10_british"], ["Andrew Pryce", "Council leader Andrew Pryce", "Cllr Pryce"],
      ["leader of Hallowfield Borough Council"]),
    E("Margaret Ellory", P, ["dev_10_british"], ["Margaret Ellory"], ["chair, Friends of Eastwick Library"]),
    E("Daniel Ahern", P, ["dev_10_british"], ["Daniel Ahern", "its solicitor, Daniel Ahern"], ["solicitor"]),
    E("Sunita Rao", P, ["dev_10_british"], ["Sunita Rao", "Ms Rao", "Liberal Democrat group leader Sunita Rao"],
      ["Liberal Democrat group leader"]),
    E("Tom Bannerman", P, ["dev_10_british"], ["Tom Bannerman"], ["retired bus driver"]),
    E("Hallowfield Borough Council", O, ["dev_10_british"], ["Hallowfield Borough Council", "The authority", "the council"]),
    E("Municipal and Library Workers’ Union", O, ["dev_10_british"], ["Municipal and Library Workers’ Union", "MLWU"]),
    E("Friends of Eastwick Library", O, ["dev_10_british"], ["Friends of Eastwick Library", "the Friends of Eastwick Library", "The group"]),
    E("Hallowfield Courier", O, ["dev_10_british"], ["Hallowfield Courier", "the Courier"]),
    # 11 guillemets
    E("Corinne Aebischer", P, ["dev_11_guillemets"], ["Corinne Aebischer", "Mayor Corinne Aebischer"], ["Mayor of Valmorin"]),
    E("Matthias Gerber", P, ["dev_11_guillemets"], ["Matthias Gerber", "Gerber"], ["retired mountain guide"],
      note="niece Bettina Gerber shares the surname; bare 'Gerber' is used only before she is introduced"),
    E("Bettina Gerber", P, ["dev_11_guillemets"], ["Bettina Gerber"], ["guesthouse owner"]),
    E("Reto Zumstein", P, ["dev_11_guillemets"], ["Reto Zumstein", "Zumstein"], ["chief executive, Brennhorn Bergbahnen AG"]),
    E("Nadia Feusi", P, ["dev_11_guillemets"], ["Nadia Feusi", "Feusi", "Regional tourism director Nadia Feusi"], ["regional tourism director"]),
    E("Brennhorn Bergbahnen AG", O, ["dev_11_guillemets"], ["Brennhorn Bergbahnen AG", "Brennhorn Bergbahnen", "the company"]),
    E("Alpine Heritage Trust", O, ["dev_11_guillemets"], ["Alpine Heritage Trust"]),
    E("Alpine Cryosphere Institute", O, ["dev_11_guillemets"], ["Alpine Cryosphere Institute", "the institute"]),
    E("Valmorin Municipal Electoral Office", O, ["dev_11_guillemets"], ["the municipal electoral office"]),
    # 12 vi bridge
    E("Trần Quốc Việt", P, ["dev_12_vi_cau"],
      ["Trần Quốc Việt", "ông Trần Quốc Việt", "ông Việt", "Ông Việt", "Chủ tịch UBND huyện Long Sơn Hạ"],
      ["Chủ tịch UBND huyện Long Sơn Hạ"]),
    E("Nguyễn Thị Thu Hà", P, ["dev_12_vi_cau"], ["Nguyễn Thị Thu Hà", "Bà Nguyễn Thị Thu Hà", "bà Hà"],
      ["Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện"]),
    E("Nguyễn Thị Lành", P, ["dev_12_vi_cau"], ["Nguyễn Thị Lành", "Bà Nguyễn Thị Lành", "bà Lành"], ["người dân xã Phước Lâm"]),
    E("Lê Văn Toàn", P, ["dev_12_vi_cau"], ["Lê Văn Toàn", "Anh Lê Văn Toàn", "anh Toàn"], ["tài xế xe ôm"]),
    E("Phạm Văn Đức", P, ["dev_12_vi_cau"], ["Phạm Văn Đức", "ông Phạm Văn Đức", "ông Đức"], ["hộ dân chưa nhận bồi thường"]),
    E("Công ty CP Xây dựng Phú Hưng", O, ["dev_12_vi_cau"], ["Công ty CP Xây dựng Phú Hưng", "Công ty", "nhà thầu"]),
    E("Sở Giao thông Vận tải tỉnh Bình Lâm", O, ["dev_12_vi_cau"], ["Sở Giao thông Vận tải tỉnh Bình Lâm", "Sở", "sở"]),
    E("UBND huyện Long Sơn Hạ", O, ["dev_12_vi_cau"], ["UBND huyện Long Sơn Hạ", "Huyện", "huyện"]),
    E("Báo Đồng Bằng", O, ["dev_12_vi_cau"], ["Báo Đồng Bằng"]),
    # 13 vi health
    E("Hoàng Minh Tuấn", P, ["dev_13_vi_suckhoe"], ["Hoàng Minh Tuấn", "ông Hoàng Minh Tuấn", "ông Tuấn"],
      ["Phó Giám đốc Sở Y tế thành phố Hải Vân"]),
    E("Đặng Thị Quyên", P, ["dev_13_vi_suckhoe"], ["Đặng Thị Quyên", "Bác sĩ Đặng Thị Quyên", "Bác sĩ Quyên"],
      ["Trưởng khoa Nhiễm, Bệnh viện Nhi đồng Hải Vân"]),
    E("Phạm Thị Ngọc", P, ["dev_13_vi_suckhoe"], ["Phạm Thị Ngọc", "Chị Phạm Thị Ngọc", "chị Ngọc"], ["phụ huynh"]),
    E("Martin Holloway", P, ["dev_13_vi_suckhoe"], ["Martin Holloway", "tiến sĩ Martin Holloway", "ông Holloway"],
      ["chuyên gia dịch tễ học, Viện Nghiên cứu Y học Nhiệt đới Meridian"]),
    E("CDC Hải Vân", O, ["dev_13_vi_suckhoe"],
      ["CDC Hải Vân", "Trung tâm Kiểm soát bệnh tật (CDC) thành phố Hải Vân", "Cơ quan này"]),
    E("Báo Sức Khỏe Cộng Đồng", O, ["dev_13_vi_suckhoe"], ["Báo Sức Khỏe Cộng Đồng"]),
    E("Viện Nghiên cứu Y học Nhiệt đới Meridian", O, ["dev_13_vi_suckhoe"], ["Viện Nghiên cứu Y học Nhiệt đới Meridian"]),
    E("Bệnh viện Nhi đồng Hải Vân", O, ["dev_13_vi_suckhoe"], ["Bệnh viện Nhi đồng Hải Vân"]),
    # 14 culture
    E("Inés Castellanos-Ruiz", P, ["dev_14_culture"], ["Inés Castellanos-Ruiz", "Castellanos-Ruiz", "Inés"], ["director of Salt Road"]),
    E("Teodoro Vásquez", P, ["dev_14_culture"], ["Teodoro Vásquez", "Vásquez", "Teodoro", "Don Teo"], ["lead actor of Salt Road", "retired harvester"]),
    E("Oskar Lindqvist", P, ["dev_14_culture"], ["Oskar Lindqvist", "Lindqvist", "jury president Oskar Lindqvist"],
      ["jury president", "Swedish director"]),
    E("Geraldine Moss", P, ["dev_14_culture"], ["Geraldine Moss", "Moss"], ["British filmmaker"]),
    E("Hannah Osei", P, ["dev_14_culture"], ["Hannah Osei", "critic Hannah Osei"], ["critic, Screen Ledger"]),
    E("Marc-Olivier Dufresne", P, ["dev_14_culture"], ["Marc-Olivier Dufresne"], ["critic, Continental Film Review"]),
    E("Clara Brandt", P, ["dev_14_culture"], ["Clara Brandt", "A festival spokeswoman, Clara Brandt"], ["festival spokeswoman"]),
    E("Samuel Achebe-Lowe", P, ["dev_14_culture"], ["Samuel Achebe-Lowe", "Festival director Samuel Achebe-Lowe"], ["festival director"]),
    E("Lakemont Film Festival", O, ["dev_14_culture"], ["Lakemont Film Festival", "the Lakemont Film Festival", "organizers", "The festival"]),
    E("Screen Ledger", O, ["dev_14_culture"], ["Screen Ledger", "the Screen Ledger"]),
    E("Continental Film Review", O, ["dev_14_culture"], ["Continental Film Review", "the Continental Film Review"]),
    # 15 wildfire
    E("Ray Castellano", P, ["dev_15_wildfire"], ["Ray Castellano", "Battalion Chief Ray Castellano", "Castellano"], ["Battalion Chief"]),
    E("Denise Whitford", P, ["dev_15_wildfire"], ["Denise Whitford", "Harlan County Sheriff Denise Whitford", "Whitford"],
      ["Harlan County Sheriff"]),
    E("Luis Ferreira", P, ["dev_15_wildfire"], ["Luis Ferreira", "Ferreira"], ["mechanic", "evacuee"],
      note="his wife Adriana Ferreira shares the surname"),
    E("Adriana Ferreira", P, ["dev_15_wildfire"], ["Adriana Ferreira", "his wife, Adriana Ferreira"], ["evacuee"]),
    E("Leona Park", P, ["dev_15_wildfire"], ["Leona Park", "State Sen. Leona Park"], ["state senator"]),
    E("Sierra Vista Fire Protection District", O, ["dev_15_wildfire"], ["Sierra Vista Fire Protection District", "the Sierra Vista Fire Protection District"]),
    E("Tri-Valley Power", O, ["dev_15_wildfire"], ["Tri-Valley Power", "The company", "the utility"]),
    # 16 labor
    E("Parcelo", O, ["dev_16_labor"], ["Parcelo", "the company"]),
    E("Warehouse and Delivery Workers United", O, ["dev_16_labor"], ["Warehouse and Delivery Workers United", "the union"]),
    E("Carla Nguyen", P, ["dev_16_labor"], ["Carla Nguyen", "union president Carla Nguyen", "the union leader"],
      ["president, Warehouse and Delivery Workers United"], note="shares the surname with David Nguyen (not related)"),
    E("David Nguyen", P, ["dev_16_labor"], ["David Nguyen", "Parcelo’s vice president of fulfillment operations, David Nguyen"],
      ["vice president of fulfillment operations, Parcelo"]),
    E("Irene Castile", P, ["dev_16_labor"], ["Irene Castile", "A Parcelo spokeswoman, Irene Castile"], ["Parcelo spokeswoman"]),
    E("Brenda Kowalczyk", P, ["dev_16_labor"], ["Brenda Kowalczyk", "Kowalczyk"], ["warehouse worker, Toledo"]),
    E("Tamsin Ogunleye", P, ["dev_16_labor"], ["Tamsin Ogunleye", "Ogunleye"], ["professor of labor relations, Great Lakes State University"]),
    E("Martin Ekwueme", P, ["dev_16_labor"], ["Martin Ekwueme", "Ekwueme", "Parcelo chief executive Martin Ekwueme"],
      ["chief executive, Parcelo"]),
]

NOT_SPEAKERS = [
    "Rachel Imbert (byline, dev_01)", "Tom Akerly (byline, dev_02)", "Marcus Fenn (byline, dev_03)",
    "Elise Brandt (byline, dev_04)", "Naomi Castellanos (byline, dev_05)", "Owen Patchett (byline, dev_06)",
    "Gabriel Lunde (byline, dev_07)", "Kelsey Marsh (media contact, dev_08)", "Sofia Kettunen (contributor line, dev_09)",
    "Harriet Oakes (byline, dev_10)", "Lukas Imboden (byline, dev_11)", "Minh Khang (byline, dev_12)",
    "Thu Trang (byline, dev_13)", "Priya Venkatesan (byline, dev_14)", "Daniel Ortega-Brooks (byline, dev_15)",
    "Mia Thorne (byline, dev_15)", "Jonah Feldstein (byline, dev_16)",
]


def main():
    names = set()
    for e in ENT:
        assert e["name"] not in names, e["name"]
        names.add(e["name"])
        for doc in e["docs"]:
            text = open(os.path.join(HERE, "articles", doc + ".txt"), encoding="utf-8").read()
            for a in e["aliases"]:
                if a not in text:
                    raise SystemExit(f"alias not in {doc}: {a!r} ({e['name']})")
    data = {
        "about": ("Who is who in the dev articles (original fictional texts written for quotegraph): one record per "
                  "entity, with the name forms the articles use for it. A speaker predicted under any listed form "
                  "counts as that entity. 'docs' lists the articles where the entity appears; generic forms such as "
                  "'the company' are only valid inside those articles."),
        "entities": ENT,
        "not_speakers": NOT_SPEAKERS,
    }
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(ENT)} entities")


if __name__ == "__main__":
    main()
