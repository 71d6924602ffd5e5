import { file, type Script } from "./script";

export const POLISH: Script[] = [
  {
    channel: "100", destination: "48501234567", lang: "pl", startedHoursAgo: 84,
    lines: [
      ["in", 0, "Dzień dobry, moje zamówienie LH-47833 się spóźnia."],
      ["out", 6, "Dzień dobry! Sprawdzam status przesyłki."],
      ["out", 5, "Kurier dostarczy paczkę jutro do godziny 14."],
      ["in", 3, "Dziękuję za informację."],
    ],
  },
  {
    channel: "101", destination: "48602345678", lang: "pl", startedHoursAgo: 45,
    lines: [
      ["in", 0, "Czy krzesło Orla jest dostępne w kolorze butelkowej zieleni?"],
      ["out", 4, "Tak, mamy je na stanie.", file("image", "products/krzeslo-orla-zielen.jpg")],
      ["in", 9, "Super, biorę cztery sztuki."],
      ["out", 2, "Świetny wybór! Link do zamówienia wysłaliśmy mailem."],
    ],
  },
  {
    channel: "300", destination: "wc-4c8d12", lang: "pl", startedHoursAgo: 1, unread: true,
    lines: [
      ["in", 0, "Chcę zwrócić lampę biurkową, jak to zrobić?"],
      ["out", 2, "Wystarczy formularz zwrotu na stronie. Masz numer zamówienia?"],
      ["in", 4, "Tak, LH-48420."],
      ["in", 1, "Czy kurier odbierze ją z domu?"],
    ],
  },
  {
    channel: "200", destination: "198203374", lang: "pl", startedHoursAgo: 76,
    lines: [
      ["in", 0, "Proszę o fakturę VAT do zamówienia LH-47701, NIP 525-000-00-00."],
      ["out", 8, "Faktura w załączniku.", file("document", "invoices/LH-47701.pdf")],
      ["in", 5, "Dziękuję, wszystko się zgadza."],
    ],
  },
  {
    channel: "400", destination: "operator-1094", lang: "pl", startedHoursAgo: 33,
    lines: [
      ["in", 0, "Klient zgłasza reklamację: szuflada komody się zacina."],
      ["in", 12, "Klient przesłał nagranie.", file("video", "inbound/komoda-szuflada.mp4")],
      ["out", 6, "Zlecono wymianę prowadnic, serwis skontaktuje się z klientem."],
    ],
  },
  {
    channel: "100", destination: "48503456789", lang: "pl", startedHoursAgo: 28,
    lines: [
      ["in", 0, "Wentylator sufitowy dziwnie hałasuje, nagrałem dźwięk."],
      ["in", 1, "", file("audio", "inbound/wentylator-halas.m4a")],
      ["out", 9, "Dziękujemy, to brzmi jak luźna łopatka. Wyślemy instrukcję dokręcenia."],
      ["in", 15, "Pomogło, już cicho!"],
    ],
  },
  {
    channel: "101", destination: "48604567890", lang: "pl", startedHoursAgo: 10, unread: true,
    lines: [
      ["in", 0, "Kod rabatowy WIOSNA20 nie działa."],
      ["out", 3, "Ten kod wygasł w niedzielę, przepraszamy."],
      ["in", 6, "Szkoda. Czy jest jakiś inny kod?"],
    ],
  },
  {
    channel: "300", destination: "wc-e07a55", lang: "pl", startedHoursAgo: 135,
    lines: [
      ["in", 0, "Pomyliłam się w adresie dostawy, to ulica Lipowa 12, nie 21."],
      ["out", 3, "Poprawione, przesyłka trafi na Lipową 12."],
      ["in", 2, "Dziękuję bardzo!"],
    ],
  },
  {
    channel: "200", destination: "266019842", lang: "pl", startedHoursAgo: 55,
    lines: [
      ["in", 0, "Potrzebuję kogoś do montażu szafy w Krakowie."],
      ["out", 5, "Polecamy naszego montażystę, oto jego kontakt.", file("contact", "contacts/montazysta-piotr-nowak.vcf")],
      ["in", 7, "Dzięki, zadzwonię do niego."],
    ],
  },
  {
    channel: "400", destination: "operator-1099", lang: "pl", startedHoursAgo: 160,
    lines: [
      ["in", 0, "Klientka pyta, jak złożyć stolik kawowy Fala."],
      ["out", 4, "Wysłano film instruktażowy.", file("video", "guides/stolik-fala-montaz.mp4")],
      ["in", 25, "Klientka dziękuje, stolik złożony."],
    ],
  },
];
