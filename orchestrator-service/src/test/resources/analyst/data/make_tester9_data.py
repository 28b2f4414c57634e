import random, csv, datetime as dt
random.seed(9)
import os
D=os.path.dirname(os.path.abspath(__file__))+'/'
# bike share trips
stations=["Union Sq & 3rd Ave","Market St & 5th","Riverside Park N","City Hall","Central Station","Harbor Pier 7","Elm St & 12th","University Library","Oak Ave & Pine","Tech Campus East","Museum Mile","Westgate Mall"]
w=[8,10,5,7,12,4,5,6,4,6,3,3]
with open(D+'trips.csv','w',newline='') as f:
    c=csv.writer(f); c.writerow(["trip_id","start_station","end_station","started_at","ended_at","member_type","rideable_type","duration_sec"])
    n=3127
    base=dt.datetime(2023,1,1)
    for i in range(n):
        s=random.choices(stations,w)[0]; e=random.choices(stations,w)[0]
        day=random.randint(0,729)
        hour=random.choices(range(24),[1,1,1,1,1,2,4,9,12,7,5,5,6,6,5,6,8,12,10,6,4,3,2,1])[0]
        st=base+dt.timedelta(days=day,hours=hour,minutes=random.randint(0,59),seconds=random.randint(0,59))
        mem=random.choices(["member","casual"],[70,30])[0]
        bike=random.choices(["classic_bike","electric_bike","docked_bike"],[50,40,10])[0]
        d=int(random.lognormvariate(6.6 if mem=="member" else 7.1,0.6))
        if bike=="electric_bike": d=int(d*0.8)
        en=st+dt.timedelta(seconds=d)
        c.writerow([f"T{100000+i}",s,e,st.strftime("%Y-%m-%d %H:%M:%S"),en.strftime("%Y-%m-%d %H:%M:%S"),mem,bike,d])
# invoices
customers=["Acme Corp","Globex","Initech","Umbrella Ltd","Stark Industries","Wayne Enterprises","Hooli","Pied Piper","Soylent","Vandelay Imports","Wonka GmbH","Tyrell Corp","Cyberdyne","Massive Dynamic","Oscorp","Gringotts","Nakatomi","Monarch Solutions","Blue Sun","Aperture Labs"]
cc={cu:random.choice(["US","US","UK","DE","FR","CA","AU","NL"]) for cu in customers}
plans={"Starter":49,"Pro":199,"Business":499,"Enterprise":1499}
cur={"US":"USD","CA":"CAD","AU":"AUD","UK":"GBP","DE":"EUR","FR":"EUR","NL":"EUR"}
with open(D+'invoices.csv','w',newline='') as f:
    c=csv.writer(f); c.writerow(["invoice_no","customer","plan","country","issue_date","due_date","paid_date","amount","discount","currency"])
    n=1163
    for i in range(n):
        cu=random.choice(customers); p=random.choices(list(plans),[30,35,25,10])[0]
        iss=dt.date(2022,1,1)+dt.timedelta(days=random.randint(0,1030))
        due=iss+dt.timedelta(days=random.choice([15,30,30,30,45]))
        r=random.random()
        if r<0.12 and iss>dt.date(2024,6,1): paid=""
        elif r<0.05: paid=""
        else: paid=(iss+dt.timedelta(days=max(0,int(random.gauss(25,14))))).isoformat()
        amt=round(plans[p]*random.choice([1,1,1,12])*random.uniform(0.95,1.05),2)
        disc=random.choices([0,0.05,0.1,0.2],[60,20,15,5])[0]
        c.writerow([f"INV-{20220000+i}",cu,p,cc[cu],iss.isoformat(),due.isoformat(),paid,amt,disc,cur[cc[cu]]])
# inventory
cats={"Electronics":["USB-C Cable","Wireless Mouse","Keyboard","Monitor 27in","HDMI Adapter","Webcam","Headset"],
"Furniture":["Office Chair","Standing Desk","Bookshelf","Filing Cabinet","Desk Lamp"],
"Kitchen":["Coffee Maker","Kettle","Mug Set","Water Filter","Toaster"],
"Office Supplies":["Stapler","Printer Paper A4","Sticky Notes","Ballpoint Pens","Notebook","Binder Clips"],
"Cleaning":["Disinfectant Wipes","Paper Towels","Trash Bags","Hand Soap"]}
costs={"Electronics":(5,300),"Furniture":(40,600),"Kitchen":(8,120),"Office Supplies":(1,25),"Cleaning":(3,30)}
whs=["Reno NV","Columbus OH","Atlanta GA","Newark NJ","Dallas TX"]
with open(D+'inventory.csv','w',newline='') as f:
    c=csv.writer(f); c.writerow(["sku","product_name","category","warehouse","on_hand","reorder_point","unit_cost","last_restock_date"])
    n=0; rows=[]
    for cat,prods in cats.items():
        for p in prods:
            for wh in whs:
                if random.random()<0.9:
                    for v in range(random.choice([2,2,3,4])):
                        rows.append((cat,p,wh,v))
    random.shuffle(rows)
    for i,(cat,p,wh,v) in enumerate(rows):
        name=p+("" if v==0 else ["", " - Black", " - Large", " - Refurb"][v])
        lo,hi=costs[cat]
        c.writerow([f"SKU-{cat[:3].upper()}-{1000+i}",name,cat,wh,random.choices([0,random.randint(1,40),random.randint(40,500)],[8,40,52])[0],random.choice([10,20,25,50,100]),round(random.uniform(lo,hi),2),(dt.date(2024,1,1)+dt.timedelta(days=random.randint(0,330))).isoformat()])
print(len(rows))
