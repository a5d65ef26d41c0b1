// The labelled evaluation set: 40 invoices, each with the fields a careful person
// extracted from it. Layouts, date styles and currencies vary on purpose.
import type { Invoice } from '../schema.ts';

export interface LabelledInvoice {
  id: string;
  text: string;
  label: Invoice;
}

export const invoices: LabelledInvoice[] = [
  {
    id: 'inv-01',
    text: "Northwind Office Supplies Ltd\n12 Harbour Road, Leeds LS1 4AB\n\nINVOICE\nInvoice no.: 2200\nIssued: 2 May 2026\nPayment due: 1 June 2026\nPurchase order: PO-8686\n\nBill to:\nAcme Robotics GmbH\n\nPrinter paper, 40 boxes: £4,372.31\nSubtotal: £4,372.31\nVAT (20%): £874.46\nTotal due: £5,246.77",
    label: {"invoiceNumber":"2200","vendor":"Northwind Office Supplies Ltd","issueDate":"2026-05-02","dueDate":"2026-06-01","currency":"GBP","subtotal":4372.31,"tax":874.46,"total":5246.77,"poNumber":"PO-8686"},
  },
  {
    id: 'inv-02',
    text: "Kestrel Design Studio\nKeizersgracht 221, 1016 DV Amsterdam\n\nINVOICE\nInvoice no.: KDS-2026-0107\nInvoice date: March 12, 2026\nPayment due on receipt.\nPurchase order: PO-2106\n\nBill to:\nVega Analytics Inc.\n\nLogo and brand guidelines: €431.61\nTotal excl. VAT: €431.61\nVAT (21%): €90.64\nTotal due: €522.25",
    label: {"invoiceNumber":"KDS-2026-0107","vendor":"Kestrel Design Studio","issueDate":"2026-03-12","dueDate":null,"currency":"EUR","subtotal":431.61,"tax":90.64,"total":522.25,"poNumber":"PO-2106"},
  },
  {
    id: 'inv-03',
    text: "Harbour & Finch Legal LLP\n4 Quay Street, Bristol BS1 4DB\n\nINVOICE\nInvoice no.: HFL-2026-0114\nDate: 2026-03-16\nPayment due: 2026-03-30\n\nBill to:\nMaple & Moss Cafés\n\nContract review, 6 hours: £938.35\nSubtotal: £938.35\nVAT (20%): £187.67\nTotal due: £1,126.02\n\nNotes: thank you for your business. Please quote HFL-2026-0114 with your payment.",
    label: {"invoiceNumber":"HFL-2026-0114","vendor":"Harbour & Finch Legal LLP","issueDate":"2026-03-16","dueDate":"2026-03-30","currency":"GBP","subtotal":938.35,"tax":187.67,"total":1126.02,"poNumber":null},
  },
  {
    id: 'inv-04',
    text: "Bill to: Lumen Health Ltd\n\nINVOICE\nInvoice no.: INV-0049\nIssued: 08.07.2026\nDue date: 07.08.2026\nPurchase order: PO-9210\n\nLunch for 30 people: £5,414.91\nSubtotal: £5,414.91\nVAT (20%): £1,082.98\nTotal due: £6,497.89\n\nFrom: Blue Heron Catering, 88 Market Street, Manchester M1 1PT",
    label: {"invoiceNumber":"INV-0049","vendor":"Blue Heron Catering","issueDate":"2026-07-08","dueDate":"2026-08-07","currency":"GBP","subtotal":5414.91,"tax":1082.98,"total":6497.89,"poNumber":"PO-9210"},
  },
  {
    id: 'inv-05',
    text: "Studio \"Blue Door\" Ltd\n3 Mill Lane, York YO1 7HH\n\nINVOICE\nInvoice no.: 2244\nIssued: 8 August 2026\nPayment due on receipt.\n\nBill to:\nRiverside Dental Practice\n\nWebsite redesign, phase 1: £87.17\nSubtotal: £87.17\nVAT (20%): £17.43\nTotal due: £104.60",
    label: {"invoiceNumber":"2244","vendor":"Studio \"Blue Door\" Ltd","issueDate":"2026-08-08","dueDate":null,"currency":"GBP","subtotal":87.17,"tax":17.43,"total":104.6,"poNumber":null},
  },
  {
    id: 'inv-06',
    text: "Café \"Le Zinc\" SARL\n17 rue Oberkampf, 75011 Paris\n\nINVOICE\nInvoice no.: CLZ-2026-0135\nIssued: February 6, 2026\nPayment due on receipt.\nPurchase order: PO-2361\n\nBill to:\nCobalt Games Ltd\n\nOffice cleaning, March: €225.64\nTotal excl. VAT: €225.64\nVAT (20%): €45.13\nTotal due: €270.77",
    label: {"invoiceNumber":"CLZ-2026-0135","vendor":"Café \"Le Zinc\" SARL","issueDate":"2026-02-06","dueDate":null,"currency":"EUR","subtotal":225.64,"tax":45.13,"total":270.77,"poNumber":"PO-2361"},
  },
  {
    id: 'inv-07',
    text: "Bill to: Orchard Lane School\n\nINVOICE\nInvoice no.: 2266\nIssued: 2026-09-06\nPayment due: 2026-10-21\n\nServer maintenance: CHF 9,828.93\nSubtotal: CHF 9,828.93\nMWST (8.1%): CHF 796.14\nTotal due: CHF 10,625.07\n\nFrom: Alpine Print AG, Bahnhofstrasse 40, 8001 Zürich",
    label: {"invoiceNumber":"2266","vendor":"Alpine Print AG","issueDate":"2026-09-06","dueDate":"2026-10-21","currency":"CHF","subtotal":9828.93,"tax":796.14,"total":10625.07,"poNumber":null},
  },
  {
    id: 'inv-08',
    text: "Greenfield Logistics GmbH\nHafenstraße 9, 20457 Hamburg\n\nINVOICE\nInvoice no.: GLG-2026-0149\nIssued: 24.06.2026\nPayment due: 08.07.2026\nPurchase order: PO-2381\n\nBill to:\nHelios Solar SE\n\nSame-day deliveries, 14 parcels: €574.31\nSubtotal: €574.31\nVAT (19%): €109.12\nTotal due: €683.43",
    label: {"invoiceNumber":"GLG-2026-0149","vendor":"Greenfield Logistics GmbH","issueDate":"2026-06-24","dueDate":"2026-07-08","currency":"EUR","subtotal":574.31,"tax":109.12,"total":683.43,"poNumber":"PO-2381"},
  },
  {
    id: 'inv-09',
    text: "Marlow IT Services\n250 Congress Street, Boston MA 02110\n\nINVOICE\nInvoice no.: MIT-2026-0156\nInvoice date: 12 July 2026\nDue date: 11 August 2026\nPurchase order: PO-5581\n\nBill to:\nAcme Robotics GmbH\n\nOak shelving, fitted: $480.74\nSubtotal: $480.74\nSales tax (0%): $0.00\nTotal due: $480.74",
    label: {"invoiceNumber":"MIT-2026-0156","vendor":"Marlow IT Services","issueDate":"2026-07-12","dueDate":"2026-08-11","currency":"USD","subtotal":480.74,"tax":0,"total":480.74,"poNumber":"PO-5581"},
  },
  {
    id: 'inv-10',
    text: "Bill to: Vega Analytics Inc.\n\nINVOICE\nInvoice no.: 2299\nInvoice date: August 13, 2026\nPayment due: September 12, 2026\nPurchase order: PO-1940\n\nQuarterly accounts: $1,761.90\nTotal excl. tax: $1,761.90\nSales tax (0%): $0.00\nTotal due: $1,761.90\n\nFrom: Atlas Cleaning Co., 19 Elm Avenue, Austin TX 78701",
    label: {"invoiceNumber":"2299","vendor":"Atlas Cleaning Co.","issueDate":"2026-08-13","dueDate":"2026-09-12","currency":"USD","subtotal":1761.9,"tax":0,"total":1761.9,"poNumber":"PO-1940"},
  },
  {
    id: 'inv-11',
    text: "Brightwater Plumbing\n7 Canal Walk, Birmingham B1 2JR\n\nINVOICE\nInvoice no.: 2310\nIssued: 2026-08-03\nPayment due on receipt.\nPurchase order: PO-7873\n\nBill to:\nMaple & Moss Cafés\n\nLeaflets, 5,000 copies: £265.53\nSubtotal: £265.53\nVAT (20%): £53.11\nTotal due: £318.64\n\nNotes: thank you for your business. Please quote 2310 with your payment.",
    label: {"invoiceNumber":"2310","vendor":"Brightwater Plumbing","issueDate":"2026-08-03","dueDate":null,"currency":"GBP","subtotal":265.53,"tax":53.11,"total":318.64,"poNumber":"PO-7873"},
  },
  {
    id: 'inv-12',
    text: "Copperleaf Consulting\nFriedrichstraße 68, 10117 Berlin\n\nINVOICE\nInvoice no.: CC-2026-0177\nInvoice date: 11.04.2026\nPayment due: 25.04.2026\nPurchase order: PO-5656\n\nBill to:\nLumen Health Ltd\n\nWarehouse storage, 2 pallets: €819.78\nSubtotal: €819.78\nVAT (19%): €155.76\nTotal due: €975.54",
    label: {"invoiceNumber":"CC-2026-0177","vendor":"Copperleaf Consulting","issueDate":"2026-04-11","dueDate":"2026-04-25","currency":"EUR","subtotal":819.78,"tax":155.76,"total":975.54,"poNumber":"PO-5656"},
  },
  {
    id: 'inv-13',
    text: "Quayside Couriers\n2 Dock Road, Liverpool L3 4AF\n\nINVOICE\nInvoice no.: QC-2026-0184\nDate: 24 June 2026\nPayment due on receipt.\nPurchase order: PO-4033\n\nBill to:\nRiverside Dental Practice\n\nPrinter paper, 40 boxes: £6,382.37\nSubtotal: £6,382.37\nVAT (20%): £1,276.47\nTotal due: £7,658.84",
    label: {"invoiceNumber":"QC-2026-0184","vendor":"Quayside Couriers","issueDate":"2026-06-24","dueDate":null,"currency":"GBP","subtotal":6382.37,"tax":1276.47,"total":7658.84,"poNumber":"PO-4033"},
  },
  {
    id: 'inv-14',
    text: "Bill to: Cobalt Games Ltd\n\nINVOICE\nInvoice no.: IOJ-2026-0191\nInvoice date: January 17, 2026\nPayment due: February 16, 2026\n\nLogo and brand guidelines: £747.05\nTotal excl. VAT: £747.05\nVAT (20%): £149.41\nTotal due: £896.46\n\nFrom: \"Iron & Oak\" Joinery, Unit 5, Riverside Estate, Norwich NR1 1QQ",
    label: {"invoiceNumber":"IOJ-2026-0191","vendor":"\"Iron & Oak\" Joinery","issueDate":"2026-01-17","dueDate":"2026-02-16","currency":"GBP","subtotal":747.05,"tax":149.41,"total":896.46,"poNumber":null},
  },
  {
    id: 'inv-15',
    text: "Tessellate Web BV\nWitte de Withstraat 50, 3012 BR Rotterdam\n\nINVOICE\nInvoice no.: 2354\nDate: 2026-10-01\nPayment due on receipt.\nPurchase order: PO-5684\n\nBill to:\nOrchard Lane School\n\nContract review, 6 hours: €579.68\nSubtotal: €579.68\nVAT (21%): €121.73\nTotal due: €701.41",
    label: {"invoiceNumber":"2354","vendor":"Tessellate Web BV","issueDate":"2026-10-01","dueDate":null,"currency":"EUR","subtotal":579.68,"tax":121.73,"total":701.41,"poNumber":"PO-5684"},
  },
  {
    id: 'inv-16',
    text: "Pemberton Accountants\n31 King Street, Edinburgh EH2 4AA\n\nINVOICE\nInvoice no.: 2365\nIssued: 04.10.2026\nPayment due: 18.10.2026\n\nBill to:\nHelios Solar SE\n\nLunch for 30 people: £1,059.53\nSubtotal: £1,059.53\nVAT (20%): £211.91\nTotal due: £1,271.44",
    label: {"invoiceNumber":"2365","vendor":"Pemberton Accountants","issueDate":"2026-10-04","dueDate":"2026-10-18","currency":"GBP","subtotal":1059.53,"tax":211.91,"total":1271.44,"poNumber":null},
  },
  {
    id: 'inv-17',
    text: "Bill to: Acme Robotics GmbH\n\nINVOICE\nInvoice no.: NOS-2026-0212\nDate: 16 September 2026\nPayment due on receipt.\nPurchase order: PO-5383\n\nWebsite redesign, phase 1: £572.28\nSubtotal: £572.28\nVAT (20%): £114.46\nTotal due: £686.74\n\nFrom: Northwind Office Supplies Ltd, 12 Harbour Road, Leeds LS1 4AB",
    label: {"invoiceNumber":"NOS-2026-0212","vendor":"Northwind Office Supplies Ltd","issueDate":"2026-09-16","dueDate":null,"currency":"GBP","subtotal":572.28,"tax":114.46,"total":686.74,"poNumber":"PO-5383"},
  },
  {
    id: 'inv-18',
    text: "Kestrel Design Studio\nKeizersgracht 221, 1016 DV Amsterdam\n\nINVOICE\nCorrected invoice. Replaces invoice no.: 82\nInvoice no.: INV-0091\nInvoice date: June 10, 2026\nPayment due: July 25, 2026\nPurchase order: PO-5605\n\nBill to:\nVega Analytics Inc.\n\nOffice cleaning, March: €243.94\nTotal excl. VAT: €243.94\nVAT (21%): €51.23\nTotal due: €295.17",
    label: {"invoiceNumber":"INV-0091","vendor":"Kestrel Design Studio","issueDate":"2026-06-10","dueDate":"2026-07-25","currency":"EUR","subtotal":243.94,"tax":51.23,"total":295.17,"poNumber":"PO-5605"},
  },
  {
    id: 'inv-19',
    text: "Harbour & Finch Legal LLP\n4 Quay Street, Bristol BS1 4DB\n\nINVOICE\nInvoice no.: HFL-2026-0226\nIssued: 2026-07-22\nPayment due on receipt.\n\nBill to:\nMaple & Moss Cafés\n\nServer maintenance: £9,879.39\nSubtotal: £9,879.39\nVAT (20%): £1,975.88\nTotal due: £11,855.27\n\nNotes: thank you for your business. Please quote HFL-2026-0226 with your payment.",
    label: {"invoiceNumber":"HFL-2026-0226","vendor":"Harbour & Finch Legal LLP","issueDate":"2026-07-22","dueDate":null,"currency":"GBP","subtotal":9879.39,"tax":1975.88,"total":11855.27,"poNumber":null},
  },
  {
    id: 'inv-20',
    text: "Bill to: Lumen Health Ltd\n\nINVOICE\nInvoice no.: INV-0097\nInvoice date: 21.02.2026\nDue date: 07.03.2026\nPurchase order: PO-1725\n\nSame-day deliveries, 14 parcels: £573.37\nSubtotal: £573.37\nVAT (20%): £114.67\nTotal due: £688.04\n\nFrom: Blue Heron Catering, 88 Market Street, Manchester M1 1PT",
    label: {"invoiceNumber":"INV-0097","vendor":"Blue Heron Catering","issueDate":"2026-02-21","dueDate":"2026-03-07","currency":"GBP","subtotal":573.37,"tax":114.67,"total":688.04,"poNumber":"PO-1725"},
  },
  {
    id: 'inv-21',
    text: "Studio \"Blue Door\" Ltd\n3 Mill Lane, York YO1 7HH\n\nINVOICE\nInvoice no.: INV-0100\nDate: 1 April 2026\nPayment due on receipt.\n\nBill to:\nRiverside Dental Practice\n\nOak shelving, fitted: £932.38\nSubtotal: £932.38\nVAT (20%): £186.48\nTotal due: £1,118.86",
    label: {"invoiceNumber":"INV-0100","vendor":"Studio \"Blue Door\" Ltd","issueDate":"2026-04-01","dueDate":null,"currency":"GBP","subtotal":932.38,"tax":186.48,"total":1118.86,"poNumber":null},
  },
  {
    id: 'inv-22',
    text: "Café \"Le Zinc\" SARL\n17 rue Oberkampf, 75011 Paris\n\nINVOICE\nInvoice no.: CLZ-2026-0247\nInvoice date: April 7, 2026\nDue date: May 7, 2026\nPurchase order: PO-9957\n\nBill to:\nCobalt Games Ltd\n\nQuarterly accounts: €9,318.03\nTotal excl. VAT: €9,318.03\nVAT (20%): €1,863.61\nTotal due: €11,181.64",
    label: {"invoiceNumber":"CLZ-2026-0247","vendor":"Café \"Le Zinc\" SARL","issueDate":"2026-04-07","dueDate":"2026-05-07","currency":"EUR","subtotal":9318.03,"tax":1863.61,"total":11181.64,"poNumber":"PO-9957"},
  },
  {
    id: 'inv-23',
    text: "Alpine Print AG\nBahnhofstrasse 40, 8001 Zürich\n\nINVOICE\nInvoice no.: APA-2026-0254\nInvoice date: 2026-07-04\nDue date: 2026-08-18\nPurchase order: PO-8871\n\nBill to:\nOrchard Lane School\n\nLeaflets, 5,000 copies: CHF 605.05\nSubtotal: CHF 605.05\nMWST (8.1%): CHF 49.01\nTotal due: CHF 654.06",
    label: {"invoiceNumber":"APA-2026-0254","vendor":"Alpine Print AG","issueDate":"2026-07-04","dueDate":"2026-08-18","currency":"CHF","subtotal":605.05,"tax":49.01,"total":654.06,"poNumber":"PO-8871"},
  },
  {
    id: 'inv-24',
    text: "Bill to: Helios Solar SE\n\nINVOICE\nInvoice no.: GLG-2026-0261\nInvoice date: 17.05.2026\nDue date: 16.06.2026\n\nWarehouse storage, 2 pallets: €589.06\nSubtotal: €589.06\nVAT (19%): €111.92\nTotal due: €700.98\n\nFrom: Greenfield Logistics GmbH, Hafenstraße 9, 20457 Hamburg",
    label: {"invoiceNumber":"GLG-2026-0261","vendor":"Greenfield Logistics GmbH","issueDate":"2026-05-17","dueDate":"2026-06-16","currency":"EUR","subtotal":589.06,"tax":111.92,"total":700.98,"poNumber":null},
  },
  {
    id: 'inv-25',
    text: "Marlow IT Services\n250 Congress Street, Boston MA 02110\n\nINVOICE\nInvoice no.: INV-0112\nInvoice date: 23 April 2026\nPayment due: 23 May 2026\n\nBill to:\nAcme Robotics GmbH\n\nPrinter paper, 40 boxes: $2,129.63\nSubtotal: $2,129.63\nSales tax (0%): $0.00\nTotal due: $2,129.63",
    label: {"invoiceNumber":"INV-0112","vendor":"Marlow IT Services","issueDate":"2026-04-23","dueDate":"2026-05-23","currency":"USD","subtotal":2129.63,"tax":0,"total":2129.63,"poNumber":null},
  },
  {
    id: 'inv-26',
    text: "Atlas Cleaning Co.\n19 Elm Avenue, Austin TX 78701\n\nINVOICE\nInvoice no.: ACC-2026-0275\nDate: January 13, 2026\nPayment due on receipt.\n\nBill to:\nVega Analytics Inc.\n\nLogo and brand guidelines: $202.57\nTotal excl. tax: $202.57\nSales tax (0%): $0.00\nTotal due: $202.57",
    label: {"invoiceNumber":"ACC-2026-0275","vendor":"Atlas Cleaning Co.","issueDate":"2026-01-13","dueDate":null,"currency":"USD","subtotal":202.57,"tax":0,"total":202.57,"poNumber":null},
  },
  {
    id: 'inv-27',
    text: "[Scanned page, partly unreadable]\nINV0ICE N0 2486 ... Bright##\n... £265.84 ...\n[rest of page unreadable]",
    label: {"invoiceNumber":"2486","vendor":"Brightwater Plumbing","issueDate":"2026-03-16","dueDate":"2026-03-30","currency":"GBP","subtotal":221.53,"tax":44.31,"total":265.84,"poNumber":null},
  },
  {
    id: 'inv-28',
    text: "Copperleaf Consulting\nFriedrichstraße 68, 10117 Berlin\n\nINVOICE\nInvoice no.: INV-0121\nInvoice date: 21.04.2026\nPayment due: 21.05.2026\nPurchase order: PO-6012\n\nBill to:\nLumen Health Ltd\n\nLunch for 30 people: €8,738.26\nSubtotal: €8,738.26\nVAT (19%): €1,660.27\nTotal due: €10,398.53",
    label: {"invoiceNumber":"INV-0121","vendor":"Copperleaf Consulting","issueDate":"2026-04-21","dueDate":"2026-05-21","currency":"EUR","subtotal":8738.26,"tax":1660.27,"total":10398.53,"poNumber":"PO-6012"},
  },
  {
    id: 'inv-29',
    text: "Quayside Couriers\n2 Dock Road, Liverpool L3 4AF\n\nINVOICE\nInvoice no.: QC-2026-0296\nIssued: 11 February 2026\nDue date: 13 March 2026\n\nBill to:\nRiverside Dental Practice\n\nWebsite redesign, phase 1: £648.82\nSubtotal: £648.82\nVAT (20%): £129.76\nTotal due: £778.58",
    label: {"invoiceNumber":"QC-2026-0296","vendor":"Quayside Couriers","issueDate":"2026-02-11","dueDate":"2026-03-13","currency":"GBP","subtotal":648.82,"tax":129.76,"total":778.58,"poNumber":null},
  },
  {
    id: 'inv-30',
    text: "Bill to: Cobalt Games Ltd\n\nINVOICE\nInvoice no.: IOJ-2026-0303\nDate: September 13, 2026\nPayment due on receipt.\nPurchase order: PO-6818\n\nOffice cleaning, March: £731.42\nTotal excl. VAT: £731.42\nVAT (20%): £146.28\nTotal due: £877.70\n\nFrom: \"Iron & Oak\" Joinery, Unit 5, Riverside Estate, Norwich NR1 1QQ",
    label: {"invoiceNumber":"IOJ-2026-0303","vendor":"\"Iron & Oak\" Joinery","issueDate":"2026-09-13","dueDate":null,"currency":"GBP","subtotal":731.42,"tax":146.28,"total":877.7,"poNumber":"PO-6818"},
  },
  {
    id: 'inv-31',
    text: "Tessellate Web BV\nWitte de Withstraat 50, 3012 BR Rotterdam\n\nINVOICE\nInvoice no.: INV-0130\nDate: 2026-03-15\nDue date: 2026-04-14\n\nBill to:\nOrchard Lane School\n\nServer maintenance: €9,670.26\nSubtotal: €9,670.26\nVAT (21%): €2,030.75\nTotal due: €11,701.01",
    label: {"invoiceNumber":"INV-0130","vendor":"Tessellate Web BV","issueDate":"2026-03-15","dueDate":"2026-04-14","currency":"EUR","subtotal":9670.26,"tax":2030.75,"total":11701.01,"poNumber":null},
  },
  {
    id: 'inv-32',
    text: "Pemberton Accountants\n31 King Street, Edinburgh EH2 4AA\n\nINVOICE\nInvoice no.: 2541\nDate: 07.04.2026\nPayment due on receipt.\n\nBill to:\nHelios Solar SE\n\nSame-day deliveries, 14 parcels: £503.53\nSubtotal: £503.53\nVAT (20%): £100.71\nTotal due: £604.24",
    label: {"invoiceNumber":"2541","vendor":"Pemberton Accountants","issueDate":"2026-04-07","dueDate":null,"currency":"GBP","subtotal":503.53,"tax":100.71,"total":604.24,"poNumber":null},
  },
  {
    id: 'inv-33',
    text: "Northwind Office Supplies Ltd\n12 Harbour Road, Leeds LS1 4AB\n\nINVOICE\nInvoice no.: 2552\nIssued: 19 July 2026\nDue date: 2 September 2026\nPurchase order: PO-4431\n\nBill to:\nAcme Robotics GmbH\n\nOak shelving, fitted: £640.73\nSubtotal: £640.73\nVAT (20%): £128.15\nTotal due: £768.88",
    label: {"invoiceNumber":"2552","vendor":"Northwind Office Supplies Ltd","issueDate":"2026-07-19","dueDate":"2026-09-02","currency":"GBP","subtotal":640.73,"tax":128.15,"total":768.88,"poNumber":"PO-4431"},
  },
  {
    id: 'inv-34',
    text: "Bill to: Vega Analytics Inc.\n\nINVOICE\nCorrected invoice. Replaces invoice no.: 2554\nInvoice no.: 2563\nIssued: July 8, 2026\nDue date: July 22, 2026\nPurchase order: PO-9598\n\nQuarterly accounts: €4,798.36\nTotal excl. VAT: €4,798.36\nVAT (21%): €1,007.66\nTotal due: €5,806.02\n\nFrom: Kestrel Design Studio, Keizersgracht 221, 1016 DV Amsterdam",
    label: {"invoiceNumber":"2563","vendor":"Kestrel Design Studio","issueDate":"2026-07-08","dueDate":"2026-07-22","currency":"EUR","subtotal":4798.36,"tax":1007.66,"total":5806.02,"poNumber":"PO-9598"},
  },
  {
    id: 'inv-35',
    text: "Harbour & Finch Legal LLP\n4 Quay Street, Bristol BS1 4DB\n\nINVOICE\nInvoice no.: HFL-2026-0338\nDate: 2026-10-20\nDue date: 2026-11-03\n\nBill to:\nMaple & Moss Cafés\n\nLeaflets, 5,000 copies: £676.67\nSubtotal: £676.67\nVAT (20%): £135.33\nTotal due: £812.00\n\nNotes: thank you for your business. Please quote HFL-2026-0338 with your payment.",
    label: {"invoiceNumber":"HFL-2026-0338","vendor":"Harbour & Finch Legal LLP","issueDate":"2026-10-20","dueDate":"2026-11-03","currency":"GBP","subtotal":676.67,"tax":135.33,"total":812,"poNumber":null},
  },
  {
    id: 'inv-36',
    text: "Blue Heron Catering\n88 Market Street, Manchester M1 1PT\n\nINVOICE\nInvoice no.: 2585\nIssued: 11.04.2026\nPayment due: 11.05.2026\n\nBill to:\nLumen Health Ltd\n\nWarehouse storage, 2 pallets: £666.60\nSubtotal: £666.60\nVAT (20%): £133.32\nTotal due: £799.92",
    label: {"invoiceNumber":"2585","vendor":"Blue Heron Catering","issueDate":"2026-04-11","dueDate":"2026-05-11","currency":"GBP","subtotal":666.6,"tax":133.32,"total":799.92,"poNumber":null},
  },
  {
    id: 'inv-37',
    text: "Bill to: Riverside Dental Practice\n\nINVOICE\nInvoice no.: SBD-2026-0352\nInvoice date: 1 August 2026\nDue date: 31 August 2026\nPurchase order: PO-8692\n\nPrinter paper, 40 boxes: £5,411.60\nSubtotal: £5,411.60\nVAT (20%): £1,082.32\nTotal due: £6,493.92\n\nFrom: Studio \"Blue Door\" Ltd, 3 Mill Lane, York YO1 7HH",
    label: {"invoiceNumber":"SBD-2026-0352","vendor":"Studio \"Blue Door\" Ltd","issueDate":"2026-08-01","dueDate":"2026-08-31","currency":"GBP","subtotal":5411.6,"tax":1082.32,"total":6493.92,"poNumber":"PO-8692"},
  },
  {
    id: 'inv-38',
    text: "Café \"Le Zinc\" SARL\n17 rue Oberkampf, 75011 Paris\n\nINVOICE\nInvoice no.: CLZ-2026-0359\nInvoice date: June 24, 2026\nPayment due: July 8, 2026\nPurchase order: PO-9645\n\nBill to:\nCobalt Games Ltd\n\nLogo and brand guidelines: €826.00\nTotal excl. VAT: €826.00\nVAT (20%): €165.20\nTotal due: €991.20",
    label: {"invoiceNumber":"CLZ-2026-0359","vendor":"Café \"Le Zinc\" SARL","issueDate":"2026-06-24","dueDate":"2026-07-08","currency":"EUR","subtotal":826,"tax":165.2,"total":991.2,"poNumber":"PO-9645"},
  },
  {
    id: 'inv-39',
    text: "Alpine Print AG\nBahnhofstrasse 40, 8001 Zürich\n\nINVOICE\nInvoice no.: INV-0154\nInvoice date: 2026-07-05\nPayment due on receipt.\nPurchase order: PO-4380\n\nBill to:\nOrchard Lane School\n\nContract review, 6 hours: CHF 649.06\nSubtotal: CHF 649.06\nMWST (8.1%): CHF 52.57\nTotal due: CHF 701.63",
    label: {"invoiceNumber":"INV-0154","vendor":"Alpine Print AG","issueDate":"2026-07-05","dueDate":null,"currency":"CHF","subtotal":649.06,"tax":52.57,"total":701.63,"poNumber":"PO-4380"},
  },
  {
    id: 'inv-40',
    text: "Bill to: Helios Solar SE\n\nINVOICE\nInvoice no.: 2629\nInvoice date: 06.09.2026\nPayment due on receipt.\n\nLunch for 30 people: €454.99\nSubtotal: €454.99\nVAT (19%): €86.45\nTotal due: €541.44\n\nFrom: Greenfield Logistics GmbH, Hafenstraße 9, 20457 Hamburg",
    label: {"invoiceNumber":"2629","vendor":"Greenfield Logistics GmbH","issueDate":"2026-09-06","dueDate":null,"currency":"EUR","subtotal":454.99,"tax":86.45,"total":541.44,"poNumber":null},
  },
];
