import { file, type Script } from "./script";

export const ENGLISH: Script[] = [
  {
    channel: "100", destination: "447700900123", lang: "en", startedHoursAgo: 150,
    lines: [
      ["in", 0, "Hi, my Arden floor lamp arrived today but the shade is cracked."],
      ["in", 1, "", file("image", "inbound/arden-lamp-cracked-shade.jpg")],
      ["out", 6, "Hello Emma, I'm sorry about that. Could you tell me your order number?"],
      ["in", 3, "It's LH-48213"],
      ["out", 4, "Thank you. A replacement shade ships tomorrow, no need to send the old one back."],
      ["in", 2, "Brilliant, thanks for sorting it so quickly!"],
    ],
  },
  {
    channel: "300", destination: "wc-5d1f8a", lang: "en", startedHoursAgo: 3, unread: true,
    lines: [
      ["in", 0, "How long does delivery to Manchester usually take?"],
      ["out", 2, "Standard delivery to Manchester takes 3 to 5 working days."],
      ["in", 5, "And is there an express option for the Nova sofa?"],
      ["in", 1, "I need it before Saturday if possible."],
    ],
  },
  {
    channel: "200", destination: "510228734", lang: "en", startedHoursAgo: 96,
    lines: [
      ["in", 0, "Could I get a VAT invoice for order LH-47790? It's for my company."],
      ["out", 8, "Of course. What company name and VAT number should it show?"],
      ["in", 12, "Harbour Design Ltd, GB 123 4567 89"],
      ["out", 9, "Here it is.", file("document", "invoices/LH-47790.pdf")],
      ["in", 3, "Perfect, thank you."],
    ],
  },
  {
    channel: "400", destination: "operator-1042", lang: "en", startedHoursAgo: 70,
    lines: [
      ["in", 0, "Caller asks how to fit the legs on the Fjord bed frame."],
      ["out", 4, "Assembly video sent to the customer.", file("video", "guides/fjord-bed-assembly.mp4")],
      ["in", 30, "Customer confirms the bed is assembled, thanks the team."],
      ["out", 1, "Closing the ticket."],
    ],
  },
  {
    channel: "101", destination: "14155550134", lang: "en", startedHoursAgo: 52,
    lines: [
      ["in", 0, "Hi! What are the exact dimensions of the Nova three-seater?"],
      ["out", 5, "It is 214 cm wide, 92 cm deep and 84 cm high."],
      ["out", 1, "This is how it looks in the sage fabric.", file("image", "products/nova-3-sage.jpg")],
      ["in", 20, "Lovely. Does it come with a fabric protection treatment?"],
      ["out", 4, "Yes, every Nova is treated against stains at no extra cost."],
    ],
  },
  {
    channel: "300", destination: "wc-a93e07", lang: "en", startedHoursAgo: 26, unread: true,
    lines: [
      ["in", 0, "The code SPRING15 says it's invalid at checkout."],
      ["out", 3, "That code applies from a basket of 150 pounds. What is in your basket now?"],
      ["in", 4, "Two cushions and a throw, about 95 pounds."],
      ["in", 1, "Is there anything that works for a smaller order?"],
    ],
  },
  {
    channel: "100", destination: "447700900456", lang: "en", startedHoursAgo: 44,
    lines: [
      ["in", 0, "", file("voice", "inbound/voice-447700900456-1.ogg")],
      ["out", 6, "Thanks for the voice note. The delivery driver will call 30 minutes before arriving."],
      ["in", 2, "Great, I'll be home all afternoon."],
    ],
  },
  {
    channel: "200", destination: "733901245", lang: "en", startedHoursAgo: 120,
    lines: [
      ["in", 0, "I moved last week, can I change the delivery address for LH-48002?"],
      ["out", 7, "Yes, as long as it hasn't left the warehouse. What's the new address?"],
      ["in", 4, "14 Mill Lane, Bristol BS1 4QT"],
      ["out", 3, "Done, the order will go to Mill Lane."],
      ["in", 1, "Thank you!"],
    ],
  },
  {
    channel: "101", destination: "447700900789", lang: "en", startedHoursAgo: 30,
    lines: [
      ["in", 0, "I'm away on Thursday, my partner will receive the wardrobe."],
      ["in", 1, "Here's his number for the driver.", file("contact", "inbound/contact-james-taylor.vcf")],
      ["out", 9, "Noted, the driver will contact James on Thursday."],
    ],
  },
  {
    channel: "400", destination: "operator-1057", lang: "en", startedHoursAgo: 8, unread: true,
    lines: [
      ["in", 0, "Customer calls about a warranty claim for a kettle that stopped heating."],
      ["out", 5, "Asked the customer to send the receipt."],
      ["in", 40, "Receipt received from the customer.", file("document", "inbound/receipt-LH-39110.pdf")],
      ["in", 2, "Customer asks whether a refund is possible instead of a repair."],
    ],
  },
];
